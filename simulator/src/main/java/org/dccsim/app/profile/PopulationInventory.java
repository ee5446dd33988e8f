package org.dccsim.app.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.inventory.InventorySource;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.EuiPlan;
import org.dccsim.device.population.PopulationDescription;
import org.dccsim.device.population.PremisesAddress;
import org.dccsim.device.population.PremisesProfile;
import org.dccsim.smki.Eui64;

/**
 * The Smart Metering Inventory entries of a population, computed from its description when asked
 * (millions of entries are never stored): every device commissioned, reached through its premises'
 * Comms Hub, registered to the {@link RegisteredParties}, with the premises' UPRN, CSP region,
 * MPAN (ESME) or MPRN (GSME).
 */
public final class PopulationInventory implements InventorySource {

  private static final String UPRN_PREFIX = PremisesAddress.uprn(0).substring(0, 1);

  private final PopulationDescription description;
  private final EuiPlan plan;
  private final RegisteredParties parties;
  private final LocalDate commissioned;

  public PopulationInventory(PopulationDescription description, RegisteredParties parties, LocalDate commissioned) {
    this.description = description;
    this.plan = description.euiPlan();
    this.parties = parties;
    this.commissioned = commissioned;
  }

  @Override
  public Optional<InventoryDevice> find(Eui64 id) {
    long premises = plan.premisesOf(id);
    if (premises < 0) {
      return Optional.empty();
    }
    PremisesProfile profile = description.profile(premises);
    DeviceSlot slot = plan.slotOf(id);
    return slot != null && profile.has(slot) ? Optional.of(entry(profile, slot)) : Optional.empty();
  }

  @Override
  public List<InventoryDevice> onHanOf(Eui64 commsHub) {
    long premises = plan.premisesOf(commsHub);
    if (premises < 0 || plan.slotOf(commsHub) != DeviceSlot.CHF) {
      return List.of();
    }
    return devices(description.profile(premises), false);
  }

  @Override
  public List<InventoryDevice> atUprn(String uprn) {
    if (uprn.length() != 12 || !uprn.startsWith(UPRN_PREFIX) || !uprn.chars().allMatch(Character::isDigit)) {
      return List.of();
    }
    long premises = Long.parseLong(uprn) - Long.parseLong(PremisesAddress.uprn(0));
    return premises < description.premises() ? devices(description.profile(premises), true) : List.of();
  }

  private List<InventoryDevice> devices(PremisesProfile profile, boolean withHub) {
    List<InventoryDevice> out = new ArrayList<>();
    for (DeviceSlot slot : DeviceSlot.values()) {
      if (profile.has(slot) && (withHub || slot != DeviceSlot.CHF)) {
        out.add(entry(profile, slot));
      }
    }
    return out;
  }

  private InventoryDevice entry(PremisesProfile profile, DeviceSlot slot) {
    long premises = profile.index();
    InventoryDevice.Builder b = InventoryDevice.builder(plan.eui(premises, slot), slot.type())
        .commsHub(plan.eui(premises, DeviceSlot.CHF))
        .uprn(PremisesAddress.uprn(premises))
        .cspRegion(profile.region().duisName())
        .dateCommissioned(commissioned);
    switch (slot) {
      case ESME -> b.importMpxn(PremisesAddress.mpan(premises, profile.region()))
          .esmeVariant(profile.esmeVariant().duisVariant());
      case GSME -> b.importMpxn(PremisesAddress.mprn(premises));
      default -> { }
    }
    parties.forDevice(slot.type()).forEach(b::registeredParty);
    return b.build();
  }
}

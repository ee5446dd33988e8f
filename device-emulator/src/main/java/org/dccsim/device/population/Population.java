package org.dccsim.device.population;

import java.util.Optional;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.smki.Eui64;

/**
 * A built population: its devices in one array per {@link DeviceSlot}, indexed by premises, so a
 * device is found from its EUI-64 by arithmetic ({@link EuiPlan}) and the population costs four
 * bytes per slot and premises beyond the devices themselves. Premises make-up is not stored: it is
 * {@link PopulationDescription#profile recomputed} when asked.
 */
public final class Population {

  private final PopulationDescription description;
  private final EuiPlan plan;
  private final EmulatedDevice[][] bySlot;
  private final long deviceCount;

  Population(PopulationDescription description, EmulatedDevice[][] bySlot, long deviceCount) {
    this.description = description;
    this.plan = description.euiPlan();
    this.bySlot = bySlot;
    this.deviceCount = deviceCount;
  }

  public PopulationDescription description() {
    return description;
  }

  public EuiPlan plan() {
    return plan;
  }

  public int premisesCount() {
    return (int) description.premises();
  }

  public long deviceCount() {
    return deviceCount;
  }

  /** Whether {@code eui} is a device of this population. */
  public boolean contains(Eui64 eui) {
    return device(eui).isPresent();
  }

  public Optional<EmulatedDevice> device(Eui64 eui) {
    long premises = plan.premisesOf(eui);
    if (premises < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(device((int) premises, plan.slotOf(eui)));
  }

  /** The device in a slot of a premises; null when the premises has none there. */
  public EmulatedDevice device(int premises, DeviceSlot slot) {
    EmulatedDevice[] devices = bySlot[slot.ordinal()];
    return devices == null ? null : devices[premises];
  }

  public CommsHub commsHub(int premises) {
    return (CommsHub) device(premises, DeviceSlot.CHF);
  }

  public PremisesProfile profile(int premises) {
    return description.profile(premises);
  }

  /** The premises of a device of this population; -1 otherwise. */
  public int premisesOf(Eui64 eui) {
    return (int) plan.premisesOf(eui);
  }
}

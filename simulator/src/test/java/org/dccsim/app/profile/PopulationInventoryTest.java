package org.dccsim.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.EuiPlan;
import org.dccsim.device.population.PopulationDescription;
import org.dccsim.device.population.PremisesAddress;
import org.dccsim.device.population.PremisesProfile;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.pki.SmkiStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A population's inventory entries, computed from its description. */
class PopulationInventoryTest {

  private static final PopulationDescription POPULATION = PopulationDescription.fromJson(
      "{\"premises\": 1000, \"fuel\": {\"dual\": 0.5, \"electricityOnly\": 0.5}}");
  private static final EuiPlan PLAN = POPULATION.euiPlan();
  private static PopulationInventory inventory;
  private static RegisteredParties parties;

  @BeforeAll
  static void setUp() throws Exception {
    SmkiStore store = SmkiStore.open(Files.createTempDirectory("dccsim-inv"), Clock.systemUTC(), new SecureRandom());
    parties = RegisteredParties.of(Identities.embeddedDefault(store, Optional.empty()));
    inventory = new PopulationInventory(POPULATION, parties, LocalDate.of(2026, 1, 5));
  }

  @Test
  void anEsmeIsRegisteredToTheSupplierAndDistributorWithItsPremisesMpan() {
    int premises = premisesWith(DeviceSlot.ESME);
    PremisesProfile profile = POPULATION.profile(premises);
    InventoryDevice esme = inventory.find(PLAN.eui(premises, DeviceSlot.ESME)).orElseThrow();
    assertThat(esme.type()).isEqualTo(DeviceType.ESME);
    assertThat(esme.commsHub()).isEqualTo(PLAN.eui(premises, DeviceSlot.CHF));
    assertThat(esme.importMpxn()).isEqualTo(PremisesAddress.mpan(premises, profile.region()));
    assertThat(esme.cspRegion()).isEqualTo(profile.region().duisName());
    assertThat(esme.esmeVariant()).isEqualTo(profile.esmeVariant().duisVariant());
    assertThat(esme.registeredParty(UserRole.IS)).contains(parties.supplier().id());
    assertThat(esme.registeredParty(UserRole.ED)).contains(parties.networkOperator().orElseThrow().id());
  }

  @Test
  void theHanOfAHubAndThePremisesByUprnListWhatThePremisesHas() {
    int premises = premisesWith(DeviceSlot.GSME);
    PremisesProfile profile = POPULATION.profile(premises);
    Eui64 hub = PLAN.eui(premises, DeviceSlot.CHF);
    long expected = java.util.Arrays.stream(DeviceSlot.values()).filter(profile::has).count();
    assertThat(inventory.onHanOf(hub)).hasSize((int) expected - 1)
        .allSatisfy(d -> assertThat(d.commsHub()).isEqualTo(hub));
    assertThat(inventory.atUprn(PremisesAddress.uprn(premises))).hasSize((int) expected)
        .extracting(InventoryDevice::id).contains(hub);
    assertThat(inventory.find(PLAN.eui(premises, DeviceSlot.GSME)).orElseThrow().registeredParty(UserRole.GS))
        .contains(parties.supplier().id());
  }

  @Test
  void devicesThePopulationDoesNotHaveAreNotFound() {
    assertThat(inventory.find(PLAN.eui(premisesWithout(DeviceSlot.GSME), DeviceSlot.GSME))).isEmpty();
    assertThat(inventory.find(Eui64.parse("00-DB-12-34-56-78-90-A0"))).isEmpty();
    assertThat(inventory.onHanOf(PLAN.eui(0, DeviceSlot.ESME))).as("not a hub").isEmpty();
    assertThat(inventory.atUprn(PremisesAddress.uprn(1_000))).as("beyond the population").isEmpty();
    assertThat(inventory.atUprn("100023336956")).isEmpty();
  }

  private static int premisesWith(DeviceSlot slot) {
    for (int i = 0; i < 1_000; i++) {
      if (POPULATION.profile(i).has(slot)) {
        return i;
      }
    }
    throw new AssertionError("no premises with " + slot);
  }

  private static int premisesWithout(DeviceSlot slot) {
    for (int i = 0; i < 1_000; i++) {
      if (!POPULATION.profile(i).has(slot)) {
        return i;
      }
    }
    throw new AssertionError("every premises has " + slot);
  }
}

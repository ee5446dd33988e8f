package org.dccsim.device.population;

import org.dccsim.device.common.DeviceJoins;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class PopulationBuilderTest {

  private static final Instant BUILT = Instant.parse("2026-11-28T12:00:00Z");
  private final TrustAnchors anchors = TrustAnchors.of();
  private final PopulationBuilder builder =
      new PopulationBuilder(p -> anchors, Clock.fixed(BUILT, ZoneOffset.UTC));

  @Test
  void everyPremisesGetsTheDevicesItsProfileNamesAtItsEuis() {
    PopulationDescription d = PopulationDescription.fromJson(
        "{\"premises\": 40000, \"fuel\": {\"dual\": 1, \"electricityOnly\": 1}, \"ppmid\": 0.5, \"hcalcs\": 0.1}");
    List<Long> reported = new ArrayList<>();

    Population population = builder.build(d, reported::add);

    long expected = 0;
    for (int i = 0; i < 40_000; i++) {
      PremisesProfile p = d.profile(i);
      expected += p.deviceCount();
      for (DeviceSlot slot : DeviceSlot.values()) {
        Eui64 eui = d.euiPlan().eui(i, slot);
        EmulatedDevice device = population.device(i, slot);
        assertThat(device != null).as("premises %d slot %s", i, slot).isEqualTo(p.has(slot));
        if (device != null) {
          assertThat(device.id()).isEqualTo(eui);
          assertThat(device.type()).isEqualTo(slot.type());
          assertThat(population.device(eui)).containsSame(device);
          assertThat(population.premisesOf(eui)).isEqualTo(i);
        } else {
          assertThat(population.device(eui)).isEmpty();
        }
      }
    }
    assertThat(population.deviceCount()).isEqualTo(expected);
    assertThat(reported).isNotEmpty().last().isEqualTo(expected);
  }

  @Test
  void metersStartEnabledWithTheirVariantAndAlertCountersAtTheBuildTime() {
    Population population = builder.build(PopulationDescription.ofPremises(3), n -> { });
    Esme esme = (Esme) population.device(1, DeviceSlot.ESME);

    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
    assertThat(esme.variant()).isEqualTo(population.profile(1).esmeVariant());
    assertThat(esme.alertCounter()).isEqualTo(BUILT.toEpochMilli());
    assertThat(esme.anchors()).isSameAs(anchors);
    assertThat(population.commsHub(2).type()).isEqualTo(DeviceType.CHF);
  }

  @Test
  void theElectricityMetersOfPrepaymentPremisesAreInPrepaymentModeTheOthersInCredit() {
    Population population = builder.build(
        PopulationDescription.fromJson("{\"premises\": 200, \"prepayment\": 0.5}"), n -> { });
    int prepayment = 0;
    for (int i = 0; i < 200; i++) {
      Esme esme = (Esme) population.device(i, DeviceSlot.ESME);
      boolean expected = population.profile(i).prepayment();
      assertThat(esme.paymentMode()).as("premises " + i).isEqualTo(expected ? 2 : 1);
      prepayment += expected ? 1 : 0;
    }
    assertThat(prepayment).isBetween(60, 140);
  }

  @Test
  void prepaymentMetersStartWithTheDescriptionsTariffAndCreditAndRunItDown() {
    Population population = builder.build(PopulationDescription.fromJson(
        "{\"premises\": 1, \"prepayment\": 1, \"prepaymentTariff\": {\"unitRatePence\": 30, "
            + "\"standingChargePence\": 60, \"openingCreditPounds\": 5}}"), n -> { });
    Esme esme = (Esme) population.device(0, DeviceSlot.ESME);
    assertThat(esme.meterBalance()).as("£5 in 1/100,000 £").isEqualTo(500_000);

    org.dccsim.device.DeviceServices services = org.dccsim.device.DeviceServices.create(
        Clock.fixed(BUILT, ZoneOffset.UTC), org.dccsim.smki.crypto.CryptoProvider.BC, (eui, usage) -> {
          throw new AssertionError("no keys needed");
        });
    esme.settle(services);
    Instant day = BUILT.plusSeconds(86_400);
    esme.settle(services.withClock(Clock.fixed(day, ZoneOffset.UTC)));

    long wh = esme.activeImportWh(day) - esme.activeImportWh(BUILT);
    // 30 p/kWh is 3000 e-4 £ per 10^3 Wh; 60 p a day
    assertThat(esme.meterBalance()).isEqualTo(500_000 - wh * 3000 * 10 / 1000 - 60_000);
  }

  @Test
  void withoutATariffPrepaymentMetersChargeNothing() {
    Population population = builder.build(PopulationDescription.fromJson(
        "{\"premises\": 1, \"prepayment\": 1, \"prepaymentTariff\": null}"), n -> { });
    Esme esme = (Esme) population.device(0, DeviceSlot.ESME);
    assertThat(esme.paymentMode()).isEqualTo(2);
    assertThat(esme.meterBalance()).isZero();
  }

  @Test
  void aPremisesPpmidIsJoinedWithItsMetersBothWays() {
    Population population = builder.build(PopulationDescription.ofPremises(2), n -> { });
    EmulatedDevice ppmid = population.device(1, DeviceSlot.PPMID);
    for (DeviceSlot meter : new DeviceSlot[] {DeviceSlot.ESME, DeviceSlot.GSME}) {
      EmulatedDevice m = population.device(1, meter);
      assertThat(DeviceJoins.isJoined(m, ppmid.id())).as(meter + " knows its PPMID").isTrue();
      assertThat(DeviceJoins.isJoined(ppmid, m.id())).as("the PPMID knows its " + meter).isTrue();
      assertThat(DeviceJoins.isJoined(m, population.device(0, DeviceSlot.PPMID).id())).as("not the neighbour's").isFalse();
    }
  }

  @Test
  void euisOutsideThePlanOrItsSparesAreNotDevices() {
    Population population = builder.build(PopulationDescription.ofPremises(2), n -> { });
    EuiPlan plan = population.plan();

    assertThat(population.device(new Eui64(EuiPlan.DEFAULT_PREFIX + 7))).as("spare slot").isEmpty();
    assertThat(population.device(new Eui64(EuiPlan.DEFAULT_PREFIX + 16))).as("beyond the last premises").isEmpty();
    assertThat(population.device(new Eui64(EuiPlan.DEFAULT_PREFIX - 1))).isEmpty();
    assertThat(plan.contains(plan.eui(1, DeviceSlot.GPF))).isTrue();
  }
}

package org.dccsim.device.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.dccsim.device.esme.EsmeVariant;
import org.dccsim.device.CspRegion;
import org.junit.jupiter.api.Test;

class PopulationDescriptionTest {

  @Test
  void theDefaultPremisesHasEveryDeviceButAnHcalcs() {
    PremisesProfile p = PopulationDescription.ofPremises(10).profile(3);

    assertThat(p.fuel()).isEqualTo(Fuel.DUAL);
    assertThat(p.esmeVariant()).isEqualTo(EsmeVariant.SINGLE_ELEMENT);
    assertThat(p.deviceCount()).isEqualTo(6);
    assertThat(p.has(DeviceSlot.HCALCS)).isFalse();
    assertThat(p.noWan()).isFalse();
  }

  @Test
  void aPremisesMakeUpIsTheSameEveryTimeAndFollowsTheShares() {
    PopulationDescription d = PopulationDescription.fromJson("""
        {"premises": 100000, "fuel": {"dual": 0.7, "electricityOnly": 0.3},
         "esmeVariants": {"singleElement": 0.9, "twinElement": 0.07, "polyphase": 0.03},
         "regions": {"north": 1, "central": 1, "south": 2}, "ppmid": 0.25, "noWan": 0.01, "seed": 7}
        """);
    Map<CspRegion, Integer> regions = new EnumMap<>(CspRegion.class);
    Map<EsmeVariant, Integer> variants = new EnumMap<>(EsmeVariant.class);
    int gas = 0;
    int ppmid = 0;
    int noWan = 0;
    for (int i = 0; i < 100_000; i++) {
      PremisesProfile p = d.profile(i);
      assertThat(d.profile(i)).isEqualTo(p);
      regions.merge(p.region(), 1, Integer::sum);
      variants.merge(p.esmeVariant(), 1, Integer::sum);
      gas += p.fuel().gas() ? 1 : 0;
      ppmid += p.ppmid() ? 1 : 0;
      noWan += p.noWan() ? 1 : 0;
    }
    assertThat(gas).isBetween(69_000, 71_000);
    assertThat(regions.get(CspRegion.SOUTH)).isBetween(49_000, 51_000);
    assertThat(variants.get(EsmeVariant.POLYPHASE)).isBetween(2_700, 3_300);
    assertThat(ppmid).isBetween(24_000, 26_000);
    assertThat(noWan).isBetween(900, 1_100);
  }

  @Test
  void anotherSeedGivesAnotherPopulation() {
    PopulationDescription a = PopulationDescription.fromJson("{\"premises\": 100, \"seed\": 1}");
    PopulationDescription b = PopulationDescription.fromJson("{\"premises\": 100, \"seed\": 2}");
    int differ = 0;
    for (int i = 0; i < 100; i++) {
      differ += a.profile(i).region() != b.profile(i).region() ? 1 : 0;
    }
    assertThat(differ).isGreaterThan(30);
  }

  @Test
  void badDescriptionsNameTheirFault() {
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"premise\": 3}"))
        .hasMessageContaining("unknown field \"premise\"");
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"ppmid\": 1.5}"))
        .hasMessageContaining("\"ppmid\" must be a share");
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"regions\": {\"west\": 1}}"))
        .hasMessageContaining("\"regions\" has no \"west\"");
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"premises\": -1}"))
        .hasMessageContaining("premises must be ≥ 0");
    assertThatThrownBy(() -> PopulationDescription.fromJson("[1]"))
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"premises\": "))
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"prepaymentTariff\": {\"unitRate\": 20}}"))
        .hasMessageContaining("unknown field \"prepaymentTariff.unitRate\"");
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"prepaymentTariff\": {\"unitRatePence\": 400}}"))
        .hasMessageContaining("between 0 and 327.67 pence");
    assertThatThrownBy(() -> PopulationDescription.fromJson("{\"prepaymentTariff\": 3}"))
        .hasMessageContaining("an object or null");
  }

  @Test
  void thePrepaymentTariffDefaultsFieldByFieldAndNullMeansNone() {
    assertThat(PopulationDescription.fromJson("{}").prepaymentTariff())
        .isEqualTo(org.dccsim.device.esme.PrepaymentTariff.DEFAULT);
    assertThat(PopulationDescription.fromJson("{\"prepaymentTariff\": {\"unitRatePence\": 30.5}}").prepaymentTariff())
        .isEqualTo(new org.dccsim.device.esme.PrepaymentTariff(30.5, 50, 10));
    assertThat(PopulationDescription.fromJson("{\"prepaymentTariff\": null}").prepaymentTariff()).isNull();
  }
}

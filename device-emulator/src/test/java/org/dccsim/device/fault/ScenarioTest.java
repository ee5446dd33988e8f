package org.dccsim.device.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.CspRegion;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final Eui64 METER = Eui64.parse("02-DC-C5-00-00-00-00-01");

  @Test
  void readsEveryKindOfEventAtItsOffset() {
    Scenario s = Scenario.fromJson("""
        {"name": "storm", "events": [
          {"at": "PT1M", "powerOutage": {"region": "north", "premises": "0-9999", "duration": "PT10M"}},
          {"at": "PT2M", "commsHubOffline": {"commsHubs": ["02-DC-C5-00-00-00-00-08"], "duration": "PT5M"}},
          {"commsHubOnline": {"region": "south"}},
          {"at": "PT3M", "stopAnswering": {"device": "02-DC-C5-00-00-00-00-01"}},
          {"at": "PT3M", "clockDrift": {"device": "02-DC-C5-00-00-00-00-01", "drift": "-PT90S"}},
          {"at": "PT4M", "firmwareFault": {"device": "02-DC-C5-00-00-00-00-01"}},
          {"at": "PT4M", "tamper": {"device": "02-DC-C5-00-00-00-00-01", "kind": "meterCoverRemoved"}},
          {"at": "PT5M", "heal": {"device": "02-DC-C5-00-00-00-00-01"}}]}
        """);

    assertThat(s.name()).isEqualTo("storm");
    assertThat(s.events()).extracting(Scenario.TimedEvent::at).containsExactly(Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ZERO, Duration.ofMinutes(3), Duration.ofMinutes(3), Duration.ofMinutes(4),
        Duration.ofMinutes(4), Duration.ofMinutes(5));
    assertThat(s.events().get(0).event()).isEqualTo(new ScenarioEvent.PowerOutage(
        PremisesSelection.range(0, 10_000).inRegion(CspRegion.NORTH), Duration.ofMinutes(10)));
    assertThat(s.events().get(1).event()).isEqualTo(new ScenarioEvent.CommsHubOffline(
        PremisesSelection.commsHubs(List.of(Eui64.parse("02-DC-C5-00-00-00-00-08"))), Optional.of(Duration.ofMinutes(5))));
    assertThat(s.events().get(2).event()).isEqualTo(new ScenarioEvent.CommsHubOnline(PremisesSelection.region(CspRegion.SOUTH)));
    assertThat(s.events().get(3).event()).isEqualTo(new ScenarioEvent.StopAnswering(METER, Optional.empty()));
    assertThat(s.events().get(4).event()).isEqualTo(new ScenarioEvent.ClockDrift(METER, Duration.ofSeconds(-90)));
    assertThat(s.events().get(6).event()).isEqualTo(new ScenarioEvent.Tamper(METER, FaultInjector.Tamper.METER_COVER_REMOVED));
  }

  @Test
  void readsABillingDateAndATopUpAtAPpmid() {
    Scenario s = Scenario.fromJson("{\"events\": [{\"at\": \"PT1H\", \"billing\": {\"region\": \"central\"}},"
        + "{\"ppmidTopUp\": {\"ppmid\": \"02-DC-C5-00-00-00-00-04\", \"meter\": \"02-DC-C5-00-00-00-00-02\","
        + " \"utrn\": \"7339 4165 6880 9508 0448\"}}]}");
    assertThat(s.events().get(0).event()).isEqualTo(new ScenarioEvent.Billing(PremisesSelection.region(CspRegion.CENTRAL)));
    assertThat(s.events().get(1).event()).isEqualTo(new ScenarioEvent.PpmidTopUp(Eui64.parse("02-DC-C5-00-00-00-00-04"),
        Eui64.parse("02-DC-C5-00-00-00-00-02"), "73394165688095080448"));
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"ppmidTopUp\": {\"ppmid\": \"02-DC-C5-00-00-00-00-04\","
        + " \"meter\": \"02-DC-C5-00-00-00-00-02\", \"utrn\": \"12\"}}]}"))
        .hasMessageContaining("\"utrn\" is 20 digits");
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"ppmidTopUp\": {\"ppmid\": \"02-DC-C5-00-00-00-00-04\"}}]}"))
        .hasMessageContaining("\"meter\" is missing");
  }

  @Test
  void mistakesAreNamedWithTheirEventAndField() {
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"blackout\": {}}]}"))
        .hasMessageContaining("event 0: unknown event \"blackout\"");
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"powerOutage\": {\"region\": \"north\"}}]}"))
        .hasMessageContaining("event 0 (powerOutage): \"duration\"");
    assertThatThrownBy(() -> Scenario.fromJson(
        "{\"events\": [{}, {\"powerOutage\": {\"region\": \"west\", \"duration\": \"PT1M\"}}]}"))
        .hasMessageContaining("event 0: no event");
    assertThatThrownBy(() -> Scenario.fromJson(
        "{\"events\": [{\"powerOutage\": {\"region\": \"west\", \"duration\": \"PT1M\"}}]}"))
        .hasMessageContaining("\"region\" is north, central or south, not \"west\"");
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"at\": \"1 minute\", \"heal\": {\"device\": \"01\"}}]}"))
        .hasMessageContaining("\"at\" is an ISO-8601 duration");
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"heal\": {\"device\": \"zz\"}}]}"))
        .hasMessageContaining("not an EUI-64: \"zz\"");
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"powerOutage\": {\"premises\": \"9-3\", \"duration\": \"PT1M\"}}]}"))
        .hasMessageContaining("0 ≤ from ≤ to");
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": [{\"tamper\": {\"device\": \"02-DC-C5-00-00-00-00-01\", \"kind\": \"kick\"}}]}"))
        .hasMessageContaining("\"kind\" is one of [tamperDetect");
    assertThatThrownBy(() -> Scenario.fromJson("{\"events\": 3}")).hasMessageContaining("\"events\" array");
  }
}

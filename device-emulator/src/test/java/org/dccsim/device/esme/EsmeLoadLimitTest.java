package org.dccsim.device.esme;

import org.dccsim.device.network.ManualTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * Load limiting on the meter's own time: the RTDS ECS28a settings (period 300 s, restoration 30 s)
 * with a power threshold set against the consumption model's power, the meter watched by a
 * scheduler and a clock the test moves by hand.
 */
class EsmeLoadLimitTest {

  private static final RtdsDeviceBench BENCH = SharedBench.BENCH;
  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  /** One minute into a half hour: the model's power holds until 12:30. */
  private static final Instant T0 = Instant.parse("2026-11-28T12:01:00Z");

  private final ManualTime time = new ManualTime(T0);
  private final List<byte[]> alerts = new ArrayList<>();
  private final DeviceServices services = BENCH.services(T0, (d, m) -> alerts.add(m))
      .withClock(time.clock()).withScheduler(time);
  private final Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors());
  private final long power = esme.activePowerW(T0);

  @Test
  void aLoadOverTheThresholdForThePeriodInterruptsTheSupplyUntilTheRestorationPeriodEnds() throws Exception {
    configure(power - 1, true);

    esme.monitorLoad(services);
    time.advanceTo(T0.plusSeconds(299));
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
    assertThat(esme.loadLimitCounter()).isZero();

    time.advanceTo(T0.plusSeconds(300));
    assertThat(esme.supplyState()).as("disabled then armed").isEqualTo(SupplyState.ARMED);
    assertThat(esme.loadLimitCounter()).isEqualTo(1);
    assertThat(alertCodes()).containsExactly(LoadLimiter.ALERT_INTERRUPTED);

    time.advanceTo(T0.plusSeconds(329));
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ARMED);
    time.advanceTo(T0.plusSeconds(330));
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
    assertThat(alertCodes()).containsExactly(LoadLimiter.ALERT_INTERRUPTED, LoadLimiter.ALERT_RESTORED);
    // both events are in the event log ECS35a reads, at the meter's times
    DlmsData log = ENGINE.get(esme, new CosemDescriptor(7, EsmeEventLogs.EVENT_LOG, 2), null, context());
    assertThat(((DlmsData.CompactArray) log).elements()).containsExactly(
        org.dccsim.device.dlms.EventLogs.event(LoadLimiter.ALERT_INTERRUPTED, T0.plusSeconds(300)),
        org.dccsim.device.dlms.EventLogs.event(LoadLimiter.ALERT_RESTORED, T0.plusSeconds(330)));
  }

  @Test
  void aLoadAtTheThresholdIsNotLimitedAndLeavesNoBookkeeping() throws Exception {
    configure(power, true);

    esme.monitorLoad(services);
    time.advanceTo(T0.plusSeconds(1000));

    assertThat(esme.loadLimitCounter()).isZero();
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
    assertThat(alerts).isEmpty();
    assertThat(time.pending()).isZero();
    assertThat(ENGINE.stored(esme, LoadLimiter.LIMITER, LoadLimiter.OVER_THRESHOLD_SINCE))
        .isEqualTo(DlmsData.doubleLongUnsigned(0));
  }

  @Test
  void withTheSupplyStateUnchangedTheMeterCountsEachPeriodOverTheThresholdAndKeepsSupply() throws Exception {
    configure(power - 1, false);

    esme.monitorLoad(services);
    time.advanceTo(T0.plusSeconds(600));

    assertThat(esme.loadLimitCounter()).isEqualTo(2);
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
    assertThat(alerts).isEmpty();
  }

  @Test
  void aLoadThatFallsBelowTheThresholdWithinThePeriodIsNotLimited() throws Exception {
    // the end of a half hour whose successor draws less: over the threshold, then under it
    Instant start = T0.minusSeconds(60);
    while (esme.activePowerW(start.plusSeconds(ConsumptionModel.HALF_HOUR)) >= esme.activePowerW(start)) {
      start = start.plusSeconds(ConsumptionModel.HALF_HOUR);
    }
    Instant late = start.plusSeconds(ConsumptionModel.HALF_HOUR - 100);
    time.advanceTo(late);
    configure(esme.activePowerW(late.plusSeconds(100)), true);

    esme.monitorLoad(services);
    assertThat(time.pending()).as("a look at the end of the period").isEqualTo(1);
    time.advanceTo(late.plusSeconds(300));

    assertThat(esme.loadLimitCounter()).isZero();
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
  }

  @Test
  void ecs28bResetsTheCounterTheLimiterIncremented() throws Exception {
    configure(power - 1, false);
    esme.monitorLoad(services);
    time.advanceTo(T0.plusSeconds(300));
    assertThat(esme.loadLimitCounter()).isEqualTo(1);

    AccessResponse reset = ENGINE.execute(esme, request("6.4.2_ECS28b", "ECS28b_6.4.2_SUCCESS_COMMAND_GBCS.HEX"),
        context());

    assertThat(reset.results().get(0).code()).isZero();
    assertThat(esme.loadLimitCounter()).isZero();
  }

  /** The RTDS ECS28a (immediate) with its power threshold and supply state replaced. */
  @Test
  void afterEcs28aTheMeterLooksAtItsLoadEachHalfHourWithoutBeingAsked() throws Exception {
    Instant halfHour = Instant.parse("2026-11-28T12:30:00Z");
    configure(esme.activePowerW(halfHour) - 1, true);

    esme.watchLoad(services);
    esme.watchLoad(services);
    assertThat(time.pending()).as("one look pending, however often asked").isEqualTo(1);
    time.advanceTo(halfHour.plusSeconds(299));
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);

    time.advanceTo(halfHour.plusSeconds(300));
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ARMED);
    assertThat(esme.loadLimitCounter()).isEqualTo(1);
    assertThat(alertCodes()).containsExactly(LoadLimiter.ALERT_INTERRUPTED);
    assertThat(time.pending()).as("still watching").isPositive();
  }

  @Test
  void aSchedulerThatRunsTasksAtOnceGetsOneLookNotAnEndlessChain() throws Exception {
    configure(power - 1, true);
    esme.watchLoad(BENCH.services(T0, (d, m) -> { })); // DeviceScheduler.IMMEDIATE, a fixed clock
    assertThat(esme.supplyState()).as("one look, over the threshold for no time yet").isEqualTo(SupplyState.ENABLED);
    assertThat(ENGINE.stored(esme, LoadLimiter.LIMITER, LoadLimiter.NEXT_LOOK)).isEqualTo(DlmsData.doubleLongUnsigned(0));
  }

  @Test
  void withoutAThresholdTheMeterDoesNotWatch() {
    esme.watchLoad(services);
    assertThat(time.pending()).isZero();
  }

  private void configure(long thresholdW, boolean disable) throws Exception {
    AccessRequest rtds = request("6.4.1_ECS28a", "ECS28a_6.4.1_IMMEDIATE_SUCCESS_COMMAND_GBCS.HEX");
    List<DlmsData> data = new ArrayList<>(rtds.data());
    for (int i = 0; i < rtds.specs().size(); i++) {
      CosemDescriptor d = rtds.specs().get(i).descriptor();
      if (d.id() == 4 && d.instance().equals(LoadLimiter.POWER_THRESHOLD)) {
        data.set(i, DlmsData.doubleLongUnsigned(thresholdW));
      } else if (d.id() == 4 && d.instance().equals(LoadLimiter.SUPPLY_STATE)) {
        data.set(i, disable ? DlmsData.BooleanValue.TRUE : DlmsData.BooleanValue.FALSE);
      }
    }
    AccessResponse response = ENGINE.execute(esme,
        new AccessRequest(rtds.longInvokeIdAndPriority(), rtds.dateTime(), rtds.specs(), data), context());
    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).isZero());
    assertThat(ENGINE.stored(esme, LoadLimiter.POWER_THRESHOLD, 2)).as("active at once")
        .isEqualTo(DlmsData.doubleLongUnsigned(thresholdW));
    assertThat(ENGINE.stored(esme, LoadLimiter.PERIOD, 2)).isEqualTo(DlmsData.doubleLongUnsigned(300));
    assertThat(ENGINE.stored(esme, LoadLimiter.RESTORATION_PERIOD, 2)).isEqualTo(DlmsData.doubleLongUnsigned(30));
  }

  private CosemContext context() {
    return new CosemContext(ENGINE, services, time.now(), null);
  }

  private List<Integer> alertCodes() throws Exception {
    List<Integer> codes = new ArrayList<>();
    for (byte[] m : alerts) {
      codes.add(DeviceAlerts.alertCode(apdu(m)));
    }
    return codes;
  }

  private static AccessRequest request(String folder, String name) throws Exception {
    return DlmsCodec.decodeAccessRequest(apdu(RtdsFiles.bytes(folder, name)).content());
  }

  private static GeneralSigningApdu apdu(byte[] bytes) throws Exception {
    return bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
  }
}

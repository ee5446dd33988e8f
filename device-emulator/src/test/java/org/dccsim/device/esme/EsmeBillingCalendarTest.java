package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.device.network.ManualTime;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * The billing calendar: once ECS30 or ECS30a has set it, the meter bills at its times on a clock
 * the test moves by hand: a billing data log entry and an ECS68 alert (8F0A) to the supplier each
 * time, with one billing time pending at most.
 */
class EsmeBillingCalendarTest {

  private static final RtdsDeviceBench BENCH = SharedBench.BENCH;
  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  private static final Instant T0 = Instant.parse("2026-11-28T06:00:00Z");

  private final ManualTime time = new ManualTime(T0);
  private final List<byte[]> alerts = new ArrayList<>();
  private final DeviceServices services = BENCH.services(T0, (d, m) -> alerts.add(m))
      .withClock(time.clock()).withScheduler(time);
  private final Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors());

  @Test
  void afterEcs30TheMeterBillsAtNoonOnTheFirstOfEachMonth() throws Exception {
    receive("6.8_ECS30", "ECS30_6.8_SUCCESS_COMMAND_GBCS.HEX");
    esme.watchBilling(services);
    assertThat(time.pending()).as("one billing time pending, however often asked").isEqualTo(1);

    time.advanceTo(Instant.parse("2026-12-01T11:59:59Z"));
    assertThat(billingTimes()).isEmpty();
    time.advanceTo(Instant.parse("2027-01-01T12:00:00Z"));

    assertThat(billingTimes()).containsExactly(Instant.parse("2026-12-01T12:00:00Z"),
        Instant.parse("2027-01-01T12:00:00Z"));
    assertThat(alerts).hasSize(2).allSatisfy(m ->
        assertThat(DeviceAlerts.alertCode(GbcsCodec.decodeApdu(m))).isEqualTo(BillingDataLog.ALERT_CODE));
    assertThat(time.pending()).as("February's, next").isEqualTo(1);
  }

  @Test
  void ecs30aSetsAQuarterlyCalendar() throws Exception {
    receive("6.8_ECS30a", "ECS30a_6.8_SUCCESS_COMMAND_GBCS.HEX");

    assertThat(BillingCalendar.next(esme, T0.getEpochSecond()))
        .isEqualTo(Instant.parse("2027-01-01T00:00:00Z").getEpochSecond());
    assertThat(BillingCalendar.next(esme, Instant.parse("2027-01-01T00:00:00Z").getEpochSecond()))
        .isEqualTo(Instant.parse("2027-04-01T00:00:00Z").getEpochSecond());
  }

  @Test
  void theLastDayOfTheMonthAndADayOfTheWeekAreMatched() throws Exception {
    setCalendar(entry(new byte[] {23, 30, 0, 0}, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE,
        (byte) 0xFF}));
    assertThat(BillingCalendar.next(esme, T0.getEpochSecond()))
        .isEqualTo(Instant.parse("2026-11-30T23:30:00Z").getEpochSecond());
    assertThat(BillingCalendar.next(esme, Instant.parse("2027-02-01T00:00:00Z").getEpochSecond()))
        .isEqualTo(Instant.parse("2027-02-28T23:30:00Z").getEpochSecond());

    setCalendar(entry(new byte[] {0, 0, 0, 0}, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1}));
    assertThat(BillingCalendar.next(esme, T0.getEpochSecond())).as("Mondays")
        .isEqualTo(Instant.parse("2026-11-30T00:00:00Z").getEpochSecond());
  }

  @Test
  void aChangedCalendarReplacesThePendingBillAndNoCalendarSchedulesNothing() throws Exception {
    esme.watchBilling(services);
    assertThat(time.pending()).isZero();
    assertThat(esme.cosemMemory(false)).as("a meter without a calendar carries nothing").isNull();

    receive("6.8_ECS30", "ECS30_6.8_SUCCESS_COMMAND_GBCS.HEX");
    setCalendar(entry(new byte[] {0, 0, 0, 0}, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 15, (byte) 0xFF}));
    esme.watchBilling(services);
    time.advanceTo(Instant.parse("2026-12-10T00:00:00Z"));

    assertThat(billingTimes()).as("the replaced time does not bill").isEmpty();
    time.advanceTo(Instant.parse("2026-12-15T00:00:00Z"));
    assertThat(billingTimes()).containsExactly(Instant.parse("2026-12-15T00:00:00Z"));
  }

  private void receive(String folder, String name) {
    assertThat(esme.receive(BENCH.forOurDevice(RtdsFiles.bytes(folder, name)), services)).isPresent();
  }

  private void setCalendar(DlmsData... times) throws Exception {
    ENGINE.set(esme, new CosemDescriptor(22, BillingCalendar.SCHEDULE, BillingCalendar.EXECUTION_TIMES),
        DlmsData.array(times), new CosemContext(ENGINE, services, time.now(), null));
  }

  private static DlmsData entry(byte[] time, byte[] date) {
    return DlmsData.structure(DlmsData.octetString(time), DlmsData.octetString(date));
  }

  /** The capture times of the billing data log's entries. */
  private List<Instant> billingTimes() {
    var log = (DlmsData.CompactArray) ENGINE.stored(esme, BillingDataLog.LOG, 2);
    return log.elements().stream().map(r -> TimeRange.fromSecondsSince2000(
        ((DlmsData.IntegerValue) ((DlmsData.Structure) r).elements().get(0)).value())).toList();
  }
}

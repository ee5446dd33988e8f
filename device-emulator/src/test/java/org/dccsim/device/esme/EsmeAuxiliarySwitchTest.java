package org.dccsim.device.esme;

import org.dccsim.device.network.ManualTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * The auxiliary load control switches: the RTDS ECS47 scripts switch them at once and ECS61a reads
 * what they switched; an ALCS calendar switches them at its times on a clock the test moves by hand.
 */
class EsmeAuxiliarySwitchTest {

  private static final RtdsDeviceBench BENCH = SharedBench.BENCH;
  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  /** A Saturday morning. */
  private static final Instant T0 = Instant.parse("2026-11-28T06:00:00Z");
  private static final int EVERY_DAY = 0xFE;
  private static final int MONDAY = 0x80;

  private final ManualTime time = new ManualTime(T0);
  private final DeviceServices services = BENCH.services(T0, (d, m) -> { })
      .withClock(time.clock()).withScheduler(time);
  private final Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors());

  @Test
  void ecs47DeactivateOpensTheSwitchItNamesAndEcs61aReadsItOpen() throws Exception {
    execute("7.6_ECS47Deactivate", "ECS47Deactivate_7.6_SUCCESS_COMMAND_GBCS.HEX");

    assertThat(esme.auxiliarySwitchClosed(2)).isFalse();
    assertThat(esme.auxiliarySwitchClosed(1)).isTrue();
    assertThat(readStates()).containsExactly(true, false, true, true, true);
  }

  @Test
  void ecs47ActivateClosesAndEcs47ResetRestoresEverySwitch() throws Exception {
    ENGINE.store(esme, AuxiliarySwitches.stateObject(1), 2, DlmsData.BooleanValue.FALSE);
    execute("7.6_ECS47Deactivate", "ECS47Deactivate_7.6_SUCCESS_COMMAND_GBCS.HEX");

    execute("7.5_ECS47Activate", "ECS47Activate_7.5_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(readStates()).containsExactly(true, false, true, true, true);

    execute("7.8_ECS47Reset", "ECS47Reset_7.8_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(readStates()).containsExactly(true, true, true, true, true);
  }

  @Test
  void aScriptThatLeavesEverySwitchAsItWasChangesNoStateButIsLogged() throws Exception {
    AuxiliarySwitches.run(esme, 0x0101, EsmeEventLogs.FROM_COMMAND, T0, null);
    AuxiliarySwitches.run(esme, 0x0520, EsmeEventLogs.FROM_COMMAND, T0, null);
    AuxiliarySwitches.run(esme, 0x0909, EsmeEventLogs.FROM_COMMAND, T0, null);

    for (int n = 1; n <= AuxiliarySwitches.SWITCHES; n++) {
      assertThat(ENGINE.stored(esme, AuxiliarySwitches.stateObject(n), 2)).as("switch %d at its default", n)
          .isEqualTo(ENGINE.model().initial(AuxiliarySwitches.stateObject(n), 2));
    }
    assertThat(alcsLog()).as("a script that is none is not logged").extracting(row -> row.get(1))
        .containsExactly(DlmsData.longUnsigned(0x0101), DlmsData.longUnsigned(0x0520));
  }

  @Test
  void theAuxiliaryControllerEventLogListsEachScriptWithItsSourceAndEcs15cClearsIt() throws Exception {
    setCalendar(entry(1, 0x0302, "07:00", EVERY_DAY));
    esme.watchSwitches(services);
    execute("7.6_ECS47Deactivate", "ECS47Deactivate_7.6_SUCCESS_COMMAND_GBCS.HEX");
    time.advanceTo(Instant.parse("2026-11-28T07:00:00Z"));

    long t0 = org.dccsim.device.dlms.TimeRange.secondsSince2000(T0);
    long seven = Instant.parse("2026-11-28T07:00:00Z").getEpochSecond();
    assertThat(alcsLog()).containsExactly(
        List.of(DlmsData.doubleLongUnsigned(t0), DlmsData.longUnsigned(0x0312), DlmsData.enumValue(1),
            DlmsData.doubleLongUnsigned(0)),
        List.of(DlmsData.doubleLongUnsigned(t0 + 3600), DlmsData.longUnsigned(0x0302), DlmsData.enumValue(0),
            DlmsData.doubleLongUnsigned(seven)));
    // ECS35g reads it as the RTDS asks (a range of 2014 selects nothing of 2026)
    AccessResponse read = ENGINE.execute(esme,
        request("6.13_ECS35g", "ECS35g_6.13_SUCCESS_COMMAND_GBCS.HEX"), context());
    assertThat(((DlmsData.CompactArray) read.data().get(0)).description()).isEqualTo(EsmeEventLogs.ALCS_ROW);

    execute("3.3_ECS15c", "ECS15c_3.3_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(alcsLog()).isEmpty();
  }

  @Test
  void theCalendarOpensAndClosesTheSwitchAtItsTimesEachDay() throws Exception {
    setCalendar(entry(1, 0x0302, "07:00", EVERY_DAY), entry(2, 0x0102, "19:00", EVERY_DAY));

    esme.watchSwitches(services);
    esme.watchSwitches(services);
    assertThat(time.pending()).as("one switch time pending, however often asked").isEqualTo(1);

    time.advanceTo(T0.plusSeconds(3599));
    assertThat(esme.auxiliarySwitchClosed(2)).isTrue();
    time.advanceTo(Instant.parse("2026-11-28T07:00:00Z"));
    assertThat(esme.auxiliarySwitchClosed(2)).isFalse();
    time.advanceTo(Instant.parse("2026-11-28T18:59:59Z"));
    assertThat(esme.auxiliarySwitchClosed(2)).isFalse();
    time.advanceTo(Instant.parse("2026-11-28T19:00:00Z"));
    assertThat(esme.auxiliarySwitchClosed(2)).isTrue();
    time.advanceTo(Instant.parse("2026-11-29T07:00:00Z"));
    assertThat(esme.auxiliarySwitchClosed(2)).as("again the next day").isFalse();
    assertThat(readStates()).containsExactly(true, false, true, true, true);
    assertThat(time.pending()).isEqualTo(1);
  }

  @Test
  void aCalendarEntryForMondaysWaitsForMonday() throws Exception {
    setCalendar(entry(1, 0x0305, "07:00", MONDAY));

    esme.watchSwitches(services);
    time.advanceTo(Instant.parse("2026-11-29T23:59:59Z"));
    assertThat(esme.auxiliarySwitchClosed(5)).isTrue();
    time.advanceTo(Instant.parse("2026-11-30T07:00:00Z"));
    assertThat(esme.auxiliarySwitchClosed(5)).isFalse();
  }

  @Test
  void aChangedCalendarReplacesThePendingSwitchTime() throws Exception {
    setCalendar(entry(1, 0x0301, "10:00", EVERY_DAY));
    esme.watchSwitches(services);
    setCalendar(entry(1, 0x0303, "08:00", EVERY_DAY));
    esme.watchSwitches(services);

    time.advanceTo(Instant.parse("2026-11-28T12:00:00Z"));

    assertThat(esme.auxiliarySwitchClosed(3)).isFalse();
    assertThat(esme.auxiliarySwitchClosed(1)).as("the replaced entry does not run").isTrue();
  }

  @Test
  void withoutACalendarTheMeterSchedulesNothingAndStaysAtRest() {
    esme.watchSwitches(services);

    assertThat(time.pending()).isZero();
    assertThat(esme.cosemMemory(false)).isNull();
  }

  /**
   * The RTDS ECS46c future dated (activation 2030-01-15 09:00; entry 1: script 0x0101, close ALCS 1,
   * at 06:00 every day) through the meter: the calendar is watched from its activation.
   */
  @Test
  void aFutureDatedCalendarSwitchesFromItsActivation() throws Exception {
    ManualTime rtdsTime = new ManualTime(RtdsDeviceBench.RTDS_TIME);
    DeviceServices at2015 = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> { })
        .withClock(rtdsTime.clock()).withScheduler(rtdsTime);
    ENGINE.store(esme, AuxiliarySwitches.stateObject(1), 2, DlmsData.BooleanValue.FALSE);
    byte[] command = RtdsFiles.bytes("6.14.2_ECS46c", "ECS46c_6.14.2_FUTURE_DATED_ALL_OPTIONALS_SUCCESS_COMMAND_GBCS.HEX");

    assertThat(esme.receive(BENCH.forOurDevice(command), at2015)).isPresent();
    assertThat(ENGINE.stored(esme, AuxiliarySwitches.CALENDAR, AuxiliarySwitches.NEXT_SWITCH))
        .as("a wake-up just after the activation")
        .isEqualTo(DlmsData.doubleLongUnsigned(
            org.dccsim.device.dlms.TimeRange.secondsSince2000(Instant.parse("2030-01-15T09:00:01Z"))));

    rtdsTime.advanceTo(Instant.parse("2030-01-16T05:59:59Z"));
    assertThat(esme.auxiliarySwitchClosed(1)).isFalse();
    rtdsTime.advanceTo(Instant.parse("2030-01-16T06:00:00Z"));
    assertThat(esme.auxiliarySwitchClosed(1)).isTrue();
  }

  @Test
  void theBoostButtonClosesTheAssociatedSwitchesForItsPeriodAndEcs61cReadsItsLog() throws Exception {
    assertThat(esme.boost(java.time.Duration.ofHours(1), services)).as("no switch associated yet").isFalse();
    assertThat(esme.cosemMemory(false)).isNull();
    execute("7.9_ECS62Add", "ECS62Add_7.9_SUCCESS_COMMAND_GBCS.HEX");
    ENGINE.store(esme, AuxiliarySwitches.stateObject(3), 2, DlmsData.BooleanValue.FALSE);

    assertThat(esme.boost(java.time.Duration.ofHours(1), services)).isTrue();
    assertThat(esme.boost(java.time.Duration.ofHours(1), services)).as("a boost is running").isFalse();
    assertThat(readStates()).containsExactly(true, true, true, true, true);
    // the boost log ECS61c reads (here whole: the RTDS command selects a week of 2014)
    DlmsData log = ENGINE.get(esme, new CosemDescriptor(7, BoostFunction.LOG, 2), null, context());
    long start = org.dccsim.device.dlms.TimeRange.secondsSince2000(T0);
    assertThat(((DlmsData.CompactArray) log).elements()).containsExactly(
        DlmsData.structure(DlmsData.doubleLongUnsigned(start), DlmsData.doubleLongUnsigned(start + 3600)));

    time.advanceTo(T0.plusSeconds(3599));
    assertThat(esme.auxiliarySwitchClosed(3)).isTrue();
    time.advanceTo(T0.plusSeconds(3600));
    assertThat(readStates()).containsExactly(false, false, false, false, false);
    // ECS62Add associates all five: each closed, then each opened, logged from the button
    assertThat(alcsLog()).extracting(row -> row.get(1)).containsExactly(
        DlmsData.longUnsigned(0x0101), DlmsData.longUnsigned(0x0102), DlmsData.longUnsigned(0x0103),
        DlmsData.longUnsigned(0x0104), DlmsData.longUnsigned(0x0105),
        DlmsData.longUnsigned(0x0301), DlmsData.longUnsigned(0x0302), DlmsData.longUnsigned(0x0303),
        DlmsData.longUnsigned(0x0304), DlmsData.longUnsigned(0x0305));
    assertThat(alcsLog()).extracting(row -> row.get(2)).containsOnly(DlmsData.enumValue(EsmeEventLogs.FROM_BOOST));
  }

  /** The auxiliary controller event log's rows, whole, each as its columns. */
  private List<List<DlmsData>> alcsLog() throws Exception {
    DlmsData log = ENGINE.get(esme, new CosemDescriptor(7, EsmeEventLogs.ALCS_LOG, 2), null, context());
    return ((DlmsData.CompactArray) log).elements().stream().map(r -> ((DlmsData.Structure) r).elements()).toList();
  }

  /** The RTDS command's DLMS request, executed on the meter. */
  private void execute(String folder, String name) throws Exception {
    AccessResponse response = ENGINE.execute(esme, request(folder, name), context());
    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).isZero());
  }

  /** The switch states as the RTDS ECS61a reads them (its last five attributes). */
  private List<Boolean> readStates() throws Exception {
    AccessResponse response = ENGINE.execute(esme,
        request("7.7_ECS61a", "ECS61a_7.7_ALL_OPTIONALS_SUCCESS_COMMAND_GBCS.HEX"), context());
    List<DlmsData> data = response.data();
    return data.subList(data.size() - 5, data.size()).stream()
        .map(d -> d != DlmsData.BooleanValue.FALSE).toList();
  }

  private void setCalendar(DlmsData... entries) throws Exception {
    ENGINE.set(esme, new CosemDescriptor(10, AuxiliarySwitches.CALENDAR, 2), DlmsData.array(entries), context());
  }

  /** A calendar entry running ALCS script {@code selector} at {@code hhmm} on {@code weekdays}, unbounded. */
  private static DlmsData entry(int index, int selector, String hhmm, int weekdays) {
    byte[] at = {(byte) Integer.parseInt(hhmm.substring(0, 2)), (byte) Integer.parseInt(hhmm.substring(3)), 0, 0};
    byte[] always = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    return DlmsData.structure(
        DlmsData.longUnsigned(index),
        DlmsData.BooleanValue.TRUE,
        DlmsData.octetString(new byte[] {0, 0, 10, 0, 103, (byte) 0xFF}),
        DlmsData.longUnsigned(selector),
        DlmsData.octetString(at),
        DlmsData.longUnsigned(0xFFFF),
        new BitString(7, ByteSlice.copyOf(new byte[] {(byte) weekdays})),
        new BitString(4, ByteSlice.copyOf(new byte[] {0})),
        DlmsData.octetString(always),
        DlmsData.octetString(always));
  }

  private CosemContext context() {
    return new CosemContext(ENGINE, services, time.now(), null);
  }

  private static AccessRequest request(String folder, String name) throws Exception {
    return DlmsCodec.decodeAccessRequest(apdu(RtdsFiles.bytes(folder, name)).content());
  }

  private static GeneralSigningApdu apdu(byte[] bytes) throws Exception {
    return bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
  }
}

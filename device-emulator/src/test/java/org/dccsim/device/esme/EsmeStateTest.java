package org.dccsim.device.esme;

import org.dccsim.device.network.ManualTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.dlms.AccessResult;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/**
 * What the ESME's use cases write is what it then reads: the Access-Requests of RTDS commands are
 * executed on a meter's object model (no pins, no faults) and the state read back, by the meter's
 * API or by the RTDS read use case's own Access-Request.
 */
class EsmeStateTest {

  private static final Instant NOW = RtdsDeviceBench.RTDS_TIME;
  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  private static final DeviceServices SERVICES =
      DeviceServices.create(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC),
          org.dccsim.smki.crypto.CryptoProvider.BC, (eui, usage) -> {
            throw new AssertionError("no keys needed");
          });

  private final Esme esme = new Esme(Eui64.parse("00-DB-12-34-56-78-90-A0"), null);
  private final CosemContext context = new CosemContext(ENGINE, SERVICES, NOW, null);

  @Test
  void supplyScriptsSwitchTheLoadSwitchAndTheDisconnectControlReadsIt() throws Exception {
    ObisCode control = Obis.of("0-0:96.3.10.255");
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);

    executeAll("7.2_ECS43", "ECS43_7.2_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(esme.supplyState()).isEqualTo(SupplyState.DISABLED);
    assertThat(get(70, control, 3)).isEqualTo(DlmsData.enumValue(0));
    assertThat(get(70, control, 2)).isEqualTo(DlmsData.BooleanValue.FALSE);

    executeAll("7.3_ECS44", "ECS44_7.3_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ARMED);
    assertThat(get(70, control, 3)).isEqualTo(DlmsData.enumValue(2));

    executeAll("7.1_ECS42", "ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
    assertThat(get(70, control, 3)).isEqualTo(DlmsData.enumValue(1));
    assertThat(get(70, control, 2)).isEqualTo(DlmsData.BooleanValue.TRUE);
  }

  @Test
  void whileSupplyIsOffTheMeterRegistersNoEnergyAndItsProfileShowsNone() throws Exception {
    Instant off = NOW.plus(Duration.ofHours(6));
    Instant on = off.plus(Duration.ofDays(1));
    Instant later = on.plus(Duration.ofDays(1));
    executeAt("7.2_ECS43", "ECS43_7.2_SUCCESS_COMMAND_GBCS.HEX", off); // disable
    executeAt("7.3_ECS44", "ECS44_7.3_SUCCESS_COMMAND_GBCS.HEX", off.plus(Duration.ofHours(12))); // arm: still off
    executeAt("7.1_ECS42", "ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX", on); // enable

    long model = ConsumptionModel.activeImportWh(esme.seed(), later);
    long missed = ConsumptionModel.activeImportWh(esme.seed(), on) - ConsumptionModel.activeImportWh(esme.seed(), off);
    assertThat(missed).isPositive();
    assertThat(esme.activeImportWh(later)).isEqualTo(model - missed);
    assertThat(esme.activeImportWh(off.plus(Duration.ofHours(3)))).as("frozen while off")
        .isEqualTo(esme.activeImportWh(off));
    assertThat(esme.activeImportWh(off)).as("before: the model's")
        .isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), off));
    assertThat(esme.activePowerW(off.plus(Duration.ofHours(3)))).isZero();
    assertThat(esme.activePowerW(later)).isPositive();
    assertThat(esme.halfHourWh(off.plus(Duration.ofHours(3)))).isZero();
  }

  private void executeAt(String folder, String name, Instant at) throws Exception {
    AccessResponse response = ENGINE.execute(esme, request(folder, name), new CosemContext(ENGINE, SERVICES, at, null));
    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).as("result").isZero());
  }

  @Test
  void anImmediatePaymentModeChangeIsTheAccountsMode() throws Exception {
    assertThat(esme.paymentMode()).isEqualTo(EsmeObjectModel.CREDIT_MODE);
    executeAll("1.6_ECS03", "ECS03_1.6_IMMEDIATE_SINGLE_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(esme.paymentMode()).isEqualTo(EsmeObjectModel.PREPAYMENT_MODE);
    executeAll("1.6_ECS02", "ECS02_1.6_IMMEDIATE_SINGLE_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(esme.paymentMode()).isEqualTo(EsmeObjectModel.CREDIT_MODE);
  }

  @Test
  void meterBalanceAdjustmentsShowInThePrepaymentRegistersAndAResetClearsThem() throws Exception {
    ObisCode registers = Obis.of("0-0:94.44.34.30");
    executeAll("1.5_ECS04a", "ECS04a_1.5_SUCCESS_COMMAND_GBCS.HEX");
    long adjusted = esme.meterBalance();
    assertThat(adjusted).isEqualTo(1_200_000);
    assertThat(((Structure) get(1, registers, 2)).elements().get(0))
        .isEqualTo(new IntegerValue(IntegerType.DOUBLE_LONG, adjusted));

    executeAll("1.5_ECS04b", "ECS04b_1.5_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(esme.meterBalance()).isZero();
  }

  @Test
  void inPrepaymentModeExhaustedCreditDisablesSupplyAndEmergencyCreditArmsIt() throws Exception {
    // prepayment mode, with the disablement threshold ECS03 sets (556677)
    executeAll("1.6_ECS03", "ECS03_1.6_IMMEDIATE_SINGLE_SUCCESS_COMMAND_GBCS.HEX");
    ObisCode balance = Obis.of("0-0:19.10.0.255");
    ENGINE.invoke(esme, new CosemDescriptor(112, balance, 2), new IntegerValue(IntegerType.DOUBLE_LONG, 600_000),
        context);
    assertThat(esme.supplyState()).as("in credit").isEqualTo(SupplyState.ENABLED);

    ENGINE.invoke(esme, new CosemDescriptor(112, balance, 1), new IntegerValue(IntegerType.DOUBLE_LONG, -100_000),
        context);
    assertThat(esme.supplyState()).as("below the threshold").isEqualTo(SupplyState.DISABLED);

    ENGINE.set(esme, new CosemDescriptor(112, Obis.of("0-0:19.10.1.255"), 9),
        new IntegerValue(IntegerType.DOUBLE_LONG, 100_000), context);
    executeAll("2.5_ECS09", "ECS09_2.5_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(esme.supplyState()).as("emergency credit lets the consumer restore supply").isEqualTo(SupplyState.ARMED);
  }

  @Test
  void aPrepaymentMeterIsChargedForItsEnergyAndStandingChargeUntilCreditRunsOut() throws Exception {
    executeAll("1.6_ECS03", "ECS03_1.6_IMMEDIATE_SINGLE_SUCCESS_COMMAND_GBCS.HEX"); // threshold 556677
    // rate 1 at 2121e-5 £/kWh, standing charge 20000e-5 £/day
    executeAll("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_COMMAND_GBCS.HEX");
    ObisCode balance = Obis.of("0-0:19.10.0.255");
    ENGINE.invoke(esme, new CosemDescriptor(112, balance, 2), new IntegerValue(IntegerType.DOUBLE_LONG, 700_000),
        context);
    esme.settle(servicesAt(NOW)); // starts counting

    Instant day = NOW.plus(Duration.ofDays(1));
    esme.settle(servicesAt(day));

    // rates 1, 2 and 3 at 2121, 3127 and 4744 e-5 £/kWh, as the TOU registers split the day
    long[] at0 = registers("0-0:94.44.34.1", NOW);
    long[] at1 = registers("0-0:94.44.34.1", day);
    long energy = ((at1[0] - at0[0]) * 2121 + (at1[1] - at0[1]) * 3127 + (at1[2] - at0[2]) * 4744) / 1000;
    assertThat(at1[2] - at0[2]).as("a weekday: rate 3 by day").isPositive();
    long expected = 700_000 - energy - 20_000;
    assertThat(esme.meterBalance()).isEqualTo(expected);
    assertThat(esme.supplyState()).as("still above the threshold after a day").isEqualTo(SupplyState.ENABLED);

    int d = 2;
    for (; esme.supplyState() == SupplyState.ENABLED; d++) {
      assertThat(d).as("credit runs out within a fortnight").isLessThan(14);
      esme.settle(servicesAt(NOW.plus(Duration.ofDays(d))));
    }
    assertThat(esme.meterBalance()).isLessThan(556677);
    long disabled = esme.meterBalance();
    esme.settle(servicesAt(NOW.plus(Duration.ofDays(d))));
    assertThat(esme.meterBalance()).as("no energy without supply: the standing charge alone")
        .isEqualTo(disabled - 20_000);
  }

  @Test
  void aBlockTariffChargesTheEnergyEachBlockTookAtThatBlocksPrice() throws Exception {
    executeAll("1.6_ECS03", "ECS03_1.6_IMMEDIATE_SINGLE_SUCCESS_COMMAND_GBCS.HEX");
    // one rate; blocks 1, 2, 3 at 1361, 2289, 5566 e-5 £/kWh above thresholds 10000 and 20000 Wh
    executeAll("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_BLOCK_SUCCESS_COMMAND_GBCS.HEX");
    ENGINE.invoke(esme, new CosemDescriptor(112, Obis.of("0-0:19.10.0.255"), 2),
        new IntegerValue(IntegerType.DOUBLE_LONG, 1_000_000_000), context);
    Instant end = NOW.plus(Duration.ofDays(25));
    esme.settle(servicesAt(NOW));

    esme.settle(servicesAt(end));

    long[] at0 = registers("0-0:94.44.34.2", NOW);
    long[] at1 = registers("0-0:94.44.34.2", end);
    assertThat(at1[2] - at0[2]).as("the month so far reaches block 3").isPositive();
    long energy = ((at1[0] - at0[0]) * 1361 + (at1[1] - at0[1]) * 2289 + (at1[2] - at0[2]) * 5566) / 1000;
    long standing = PrepaymentSettlement.charge(get(113, Obis.of("0-0:19.20.4.255"), 5), 1) * 25;
    assertThat(esme.meterBalance()).isEqualTo(1_000_000_000 - energy - standing);
  }

  /** The register array of a composite register object (ECS17d TOU, ECS17e blocks) at {@code t}. */
  private long[] registers(String object, Instant t) throws Exception {
    return RegisterArrays.values(ENGINE.get(esme, new CosemDescriptor(1, Obis.of(object), 2), null,
        new CosemContext(ENGINE, SERVICES, t, null)), 0);
  }

  @Test
  void aWatchedPrepaymentMeterRunsOutOfCreditOnItsOwnTime() throws Exception {
    executeAll("1.6_ECS03", "ECS03_1.6_IMMEDIATE_SINGLE_SUCCESS_COMMAND_GBCS.HEX"); // threshold 556677
    executeAll("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_COMMAND_GBCS.HEX");
    ENGINE.invoke(esme, new CosemDescriptor(112, Obis.of("0-0:19.10.0.255"), 2),
        new IntegerValue(IntegerType.DOUBLE_LONG, 700_000), context);
    ManualTime time = new ManualTime(NOW);
    DeviceServices watched = SERVICES.withClock(time.clock()).withScheduler(time);

    esme.watchCredit(watched);
    esme.watchCredit(watched);
    assertThat(time.pending()).as("one settlement pending, however often asked").isEqualTo(1);
    time.advanceTo(NOW.plus(Duration.ofDays(1)));
    assertThat(esme.meterBalance()).as("charged as it went").isLessThan(700_000);
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);

    time.advanceTo(NOW.plus(Duration.ofDays(14)));
    assertThat(esme.supplyState()).as("credit ran out, nobody asked").isEqualTo(SupplyState.DISABLED);
    assertThat(esme.meterBalance()).isLessThan(556677);
  }

  @Test
  void aCreditMeterIsNotWatched() {
    ManualTime time = new ManualTime(NOW);
    esme.watchCredit(SERVICES.withClock(time.clock()).withScheduler(time));
    assertThat(time.pending()).isZero();
  }

  @Test
  void aCreditMeterIsNotDebited() throws Exception {
    executeAll("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_COMMAND_GBCS.HEX");
    esme.settle(servicesAt(NOW));
    esme.settle(servicesAt(NOW.plus(Duration.ofDays(30))));
    assertThat(esme.meterBalance()).isZero();
  }

  private static DeviceServices servicesAt(Instant t) {
    return SERVICES.withClock(java.time.Clock.fixed(t, java.time.ZoneOffset.UTC));
  }

  @Test
  void inCreditModeABalanceBelowZeroKeepsSupply() throws Exception {
    ENGINE.invoke(esme, new CosemDescriptor(112, Obis.of("0-0:19.10.0.255"), 1),
        new IntegerValue(IntegerType.DOUBLE_LONG, -600), context);
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
  }

  @Test
  void invokingEmergencyCreditCreditsItsLimit() throws Exception {
    ObisCode emergency = Obis.of("0-0:19.10.1.255");
    ENGINE.set(esme, new CosemDescriptor(112, emergency, 9), new IntegerValue(IntegerType.DOUBLE_LONG, 1500), context);
    executeAll("2.5_ECS09", "ECS09_2.5_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(get(112, emergency, 2)).isEqualTo(new IntegerValue(IntegerType.DOUBLE_LONG, 1500));
  }

  @Test
  void anImmediateTariffIsWhatTheMeterThenCharges() throws Exception {
    AccessRequest tariff = request("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_COMMAND_GBCS.HEX");
    execute(tariff);
    assertThat(get(113, Obis.of("0-0:19.20.0.255"), 5)).as("price matrix")
        .isEqualTo(written(tariff, Obis.of("0-0:19.20.0.255"), 6));
    assertThat(get(113, Obis.of("0-0:19.20.4.255"), 5)).as("standing charge")
        .isEqualTo(written(tariff, Obis.of("0-0:19.20.4.255"), 6));
    assertThat(get(20, Obis.of("0-0:13.0.0.255"), 5)).as("day profiles")
        .isEqualTo(written(tariff, Obis.of("0-0:13.0.0.255"), 9));
    assertThat(get(11, Obis.of("0-0:11.0.0.255"), 2)).as("special days")
        .isEqualTo(written(tariff, Obis.of("0-1:11.0.0.255"), 2));
    assertThat(get(21, Obis.of("0-0:16.0.11.255"), 2)).as("block thresholds")
        .isEqualTo(written(tariff, Obis.of("0-0:16.1.11.255"), 2));
    assertThat(get(9000, Obis.of("0-0:94.44.2.0"), 2)).as("currency unit")
        .isEqualTo(written(tariff, Obis.of("0-0:94.44.2.0"), 4));
  }

  @Test
  void whatEcs46aWritesIsWhatEcs61aReads() throws Exception {
    AccessRequest write = request("6.14.1_ECS46a", "ECS46a_6.14.1_ALL_OPTIONALS_SUCCESS_COMMAND_GBCS.HEX");
    execute(write);
    AccessRequest read = request("7.7_ECS61a", "ECS61a_7.7_ALL_OPTIONALS_SUCCESS_COMMAND_GBCS.HEX");
    AccessResponse answer = ENGINE.execute(esme, read, context);
    int checked = 0;
    for (int i = 0; i < read.specs().size(); i++) {
      CosemDescriptor d = read.specs().get(i).descriptor();
      DlmsData set = writtenOrNull(write, d.instance(), d.id());
      assertThat(answer.results().get(i).code()).isZero();
      if (set != null) {
        assertThat(answer.data().get(i)).as(d.toString()).isEqualTo(set);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(5);
  }

  @Test
  void thresholdsWrittenByEcs29aAreReadByEcs26b() throws Exception {
    AccessRequest write = request("6.5_ECS29a", "ECS29a_6.5_SUCCESS_COMMAND_GBCS.HEX");
    execute(write);
    AccessRequest read = request("6.2.1_ECS26b", "ECS26b_6.2.1_SUCCESS_COMMAND_GBCS.HEX");
    AccessResponse answer = ENGINE.execute(esme, read, context);
    int checked = 0;
    for (int i = 0; i < read.specs().size(); i++) {
      CosemDescriptor d = read.specs().get(i).descriptor();
      DlmsData set = writtenOrNull(write, d.instance(), d.id());
      if (set != null) {
        assertThat(answer.data().get(i)).as(d.toString()).isEqualTo(set);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aMaximumDemandResetZeroesItAndStampsTheTime() throws Exception {
    ObisCode md = Obis.of("1-0:1.6.0.255");
    esme.pins().pin(new CosemDescriptor(4, md, 2), DlmsData.doubleLongUnsigned(4200));
    esme.pins().unpin(new CosemDescriptor(4, md, 2));
    executeAll("6.18.2_ECS57", "ECS57_6.18.2_ALL_OPTIONALS_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(get(4, md, 2)).isEqualTo(DlmsData.doubleLongUnsigned(0));
    assertThat(get(4, md, 5)).isEqualTo(DlmsData.octetString(DeviceTime.cosem(NOW).toByteArray()));
  }

  @Test
  void aPresetTimeWithinItsWindowSetsTheMeterClock() throws Exception {
    ObisCode clock = Obis.of("0-0:1.0.0.255");
    Instant preset = NOW.plus(Duration.ofMinutes(90));
    DlmsData open = DlmsData.octetString(new byte[] {
      (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
      (byte) 0xFF, (byte) 0x80, 0, (byte) 0xFF});
    ENGINE.invoke(esme, new CosemDescriptor(8, clock, 5), DlmsData.structure(
        DlmsData.octetString(DeviceTime.cosem(preset).toByteArray()), open, open), context);
    ENGINE.invoke(esme, new CosemDescriptor(8, clock, 4), DlmsData.integer(0), context);
    assertThat(esme.now(SERVICES)).isEqualTo(preset);
  }

  @Test
  void importRegistersAndTheHalfHourProfileFollowTheConsumptionModel() throws Exception {
    Structure registers = (Structure) get(1, Obis.of("0-0:94.44.34.10"), 2);
    assertThat(registers.elements().get(0))
        .isEqualTo(DlmsData.doubleLongUnsigned(ConsumptionModel.activeImportWh(esme.seed(), NOW)));

    Instant from = NOW.minus(Duration.ofDays(1));
    SelectiveAccess day = new SelectiveAccess(1, DlmsData.structure(
        DlmsData.octetString(DeviceTime.cosem(from).toByteArray()),
        DlmsData.octetString(DeviceTime.cosem(NOW).toByteArray())));
    CompactArray rows = (CompactArray) ENGINE.get(esme, new CosemDescriptor(7, Obis.of("0-0:99.1.0.255"), 2), day,
        context);
    assertThat(rows.elements()).hasSize(49);
    long sum = 0;
    for (DlmsData row : rows.elements().subList(1, 49)) {
      sum += ((IntegerValue) ((Structure) row).elements().get(1)).value();
    }
    assertThat(sum).as("a day of half hours is the register's advance over the day")
        .isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), NOW)
            - ConsumptionModel.activeImportWh(esme.seed(), from));
    assertThat(((Structure) rows.elements().get(48)).elements().get(0))
        .isEqualTo(DlmsData.doubleLongUnsigned(TimeRange.secondsSince2000(NOW)));
  }

  @Test
  void aSingleElementMeterHasNoSecondaryElementAndOnlyAPolyphaseMeterHasPhasesTwoAndThree() {
    CosemDescriptor secondaryCalendar = new CosemDescriptor(20, Obis.of("0-0:13.0.1.255"), 5);
    CosemDescriptor phaseThreeSags = new CosemDescriptor(3, Obis.of("1-0:72.32.0.4"), 2);
    for (EsmeVariant v : EsmeVariant.values()) {
      var model = Esme.engine(v).model();
      assertThat(model.hasAttribute(20, secondaryCalendar.instance(), 5)).as(v + " secondary calendar")
          .isEqualTo(v == EsmeVariant.TWIN_ELEMENT);
      assertThat(model.hasAttribute(3, phaseThreeSags.instance(), 2)).as(v + " phase 3 counter")
          .isEqualTo(v == EsmeVariant.POLYPHASE);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.get(esme, secondaryCalendar, null, context))
        .isInstanceOfSatisfying(CosemAccessException.class,
            e -> assertThat(e.result()).isEqualTo(AccessResult.OBJECT_UNDEFINED));
  }

  @Test
  void aMeterAtRestHoldsNoMemoryAndWritingTheDefaultBackFreesIt() throws Exception {
    assertThat(esme.cosemMemory(false)).isNull();
    CosemDescriptor mpan = new CosemDescriptor(1, Obis.of("1-0:0.0.2.255"), 2);
    ENGINE.set(esme, mpan, DlmsData.octetString("1200000000000".getBytes()), context);
    assertThat(esme.cosemMemory(false).writtenCount()).isEqualTo(1);
    ENGINE.set(esme, mpan, DlmsData.octetString(new byte[0]), context);
    assertThat(esme.cosemMemory(false).writtenCount()).isZero();
  }

  @Test
  void aPinIsReadUntilUnpinnedAndAFaultAnswersItsResult() throws Exception {
    CosemDescriptor export = new CosemDescriptor(3, Obis.of("1-0:2.8.0.255"), 2);
    esme.pins().pin(export, DlmsData.doubleLongUnsigned(777));
    assertThat(ENGINE.get(esme, export, null, context)).isEqualTo(DlmsData.doubleLongUnsigned(777));
    esme.pins().unpin(export);
    assertThat(ENGINE.get(esme, export, null, context)).isEqualTo(DlmsData.doubleLongUnsigned(0));

    esme.faults().failAttribute(export, AccessResult.HARDWARE_FAULT);
    AccessResponse answer = ENGINE.execute(esme, new AccessRequest(
        org.dccsim.gbcs.dlms.LongInvokeIdAndPriority.forCounter(1), java.util.Optional.empty(),
        List.of(AccessRequestSpec.get(3, Obis.of("1-0:2.8.0.255"), 2),
            AccessRequestSpec.get(3, Obis.of("1-0:4.8.0.255"), 2)),
        List.of(DlmsData.nullData(), DlmsData.nullData())), context);
    assertThat(answer.results()).extracting(AccessResponse.Result::code).containsExactly(1, 250);
  }

  // ------------------------------------------------------------------ helpers

  private void executeAll(String folder, String name) throws Exception {
    execute(request(folder, name));
  }

  private void execute(AccessRequest request) {
    AccessResponse response = ENGINE.execute(esme, request, context);
    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).as("result").isZero());
  }

  private DlmsData get(int classId, ObisCode instance, int attribute) throws CosemAccessException {
    return ENGINE.get(esme, new CosemDescriptor(classId, instance, attribute), null, context);
  }

  private static AccessRequest request(String folder, String name) throws Exception {
    byte[] bytes = RtdsFiles.bytes(folder, name);
    var apdu = bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
    return DlmsCodec.decodeAccessRequest(apdu.content());
  }

  private static DlmsData written(AccessRequest request, ObisCode instance, int attribute) {
    DlmsData d = writtenOrNull(request, instance, attribute);
    assertThat(d).as("the request writes " + instance + "/" + attribute).isNotNull();
    return d;
  }

  private static DlmsData writtenOrNull(AccessRequest request, ObisCode instance, int attribute) {
    for (int i = 0; i < request.specs().size(); i++) {
      CosemDescriptor d = request.specs().get(i).descriptor();
      if (d.instance().equals(instance) && d.id() == attribute
          && request.specs().get(i).kind() != org.dccsim.gbcs.dlms.AccessSpecKind.ACTION) {
        return request.data().get(i);
      }
    }
    return null;
  }
}

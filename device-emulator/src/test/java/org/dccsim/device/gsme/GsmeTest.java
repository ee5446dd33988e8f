package org.dccsim.device.gsme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.device.zcl.ZclStatus;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.device.zcl.GbzDevice;
import org.dccsim.gbcs.gbz.EventsCommands;
import org.dccsim.gbcs.gbz.GeneralCommands;
import org.dccsim.gbcs.gbz.MeteringCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclHeader;
import org.dccsim.gbcs.gbz.ZclUtcTime;
import org.dccsim.gbcs.gbz.ZclValue;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.junit.jupiter.api.Test;

/** The GSME's state-writing use cases: what a command sets, a later read returns. */
class GsmeTest {

  private static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();

  private final List<byte[]> alerts = new CopyOnWriteArrayList<>();
  private final List<Runnable> later = new ArrayList<>();
  private final DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m))
      .withScheduler((at, task) -> later.add(task));
  private final Gsme meter = new Gsme(RtdsDeviceBench.GSME, BENCH.anchors());
  private long counter = 1000;

  @Test
  void aMeterAtRestHoldsNothingOfTheEngineAndReadsItsTypeDefaults() throws Exception {
    assertThat(meter.zclMemory()).isNull();
    assertThat(meter.supplyStatus()).isEqualTo(GasAttributes.SUPPLY_ON);
    ZclCommand read = send(0x0074, component(GasAttributes.METERING, GeneralCommands.ReadAttributes.of(0x0300, 0x0302)));
    assertThat(((GeneralCommands.ReadAttributesResponse) read).records()).extracting(r -> r.value().orElseThrow())
        .containsExactly(new ZclValue.Fixed(ZclValue.ENUM8, 1), new ZclValue.Fixed(ZclValue.UINT24, 1000));
    assertThat(meter.zclMemory()).as("a read stores nothing").isNull();
  }

  @Test
  void closingTheValveIsWhatALaterReadOfTheSupplyStatusSays() throws Exception {
    ZclCommand ack = send(0x0081, component(GasAttributes.METERING, new MeteringCommands.ChangeSupply(
        0, 1, ZclUtcTime.NOW, ZclUtcTime.NOW, GasAttributes.SUPPLY_OFF, 1)));

    assertThat(((MeteringCommands.SupplyStatusResponse) ack).supplyStatus()).isEqualTo(GasAttributes.SUPPLY_OFF);
    assertThat(meter.supplyStatus()).isEqualTo(GasAttributes.SUPPLY_OFF);
    ZclCommand read = send(0x0082, component(GasAttributes.METERING, GeneralCommands.ReadAttributes.of(0x0014)));
    assertThat(((GeneralCommands.ReadAttributesResponse) read).records().get(0).value())
        .contains(new ZclValue.Fixed(ZclValue.ENUM8, GasAttributes.SUPPLY_OFF));
  }

  @Test
  void aFutureDatedDebtCapTakesEffectAtItsTimeAndRaises8F66() throws Exception {
    ZclUtcTime when = ZclUtcTime.of(RtdsDeviceBench.RTDS_TIME.plusSeconds(3600));
    send(0x006F, component(GasAttributes.PREPAYMENT, new PrepaymentCommands.SetOverallDebtCap(0, 1, when, 123_456)));
    assertThat(meter.attribute(GasAttributes.OVERALL_DEBT_CAP)).isEqualTo(new ZclValue.Fixed(ZclValue.INT32, 0));

    later.forEach(Runnable::run);

    assertThat(meter.attribute(GasAttributes.OVERALL_DEBT_CAP)).isEqualTo(new ZclValue.Fixed(ZclValue.INT32, 123_456));
    assertThat(alerts).hasSize(1);
    GbzPayload.Alert alert = (GbzPayload.Alert) GbzCodec.decode(GbcsCodec.decode(alerts.get(0)).apdu().content());
    assertThat(alert.alertCode()).isEqualTo(0x8F66);
    assertThat(alert.timestamp()).isEqualTo(when);
  }

  @Test
  void aFutureDatedCommandThatCannotBeActionedRaises8F67AndChangesNothing() throws Exception {
    ZclUtcTime when = ZclUtcTime.of(RtdsDeviceBench.RTDS_TIME.plusSeconds(3600));
    send(0x006F, component(GasAttributes.PREPAYMENT, new PrepaymentCommands.SetOverallDebtCap(0, 1, when, 123_456)));
    meter.faults().fail(GasAttributes.OVERALL_DEBT_CAP, ZclStatus.HARDWARE_FAILURE);

    later.forEach(Runnable::run);

    meter.faults().heal();
    assertThat(meter.attribute(GasAttributes.OVERALL_DEBT_CAP)).isEqualTo(new ZclValue.Fixed(ZclValue.INT32, 0));
    GbzPayload.Alert alert = (GbzPayload.Alert) GbzCodec.decode(GbcsCodec.decode(alerts.get(0)).apdu().content());
    assertThat(alert.alertCode()).isEqualTo(0x8F67);
  }

  @Test
  void aCancellationWithTimeFfffffffStopsThePendingCommandOfItsKind() throws Exception {
    ZclUtcTime when = ZclUtcTime.of(RtdsDeviceBench.RTDS_TIME.plusSeconds(3600));
    send(0x006F, component(GasAttributes.PREPAYMENT, new PrepaymentCommands.SetOverallDebtCap(0, 1, when, 123_456)));
    send(0x006F, component(GasAttributes.PREPAYMENT,
        new PrepaymentCommands.SetOverallDebtCap(0, 2, ZclUtcTime.UNDEFINED, 0)));

    later.forEach(Runnable::run);

    assertThat(meter.attribute(GasAttributes.OVERALL_DEBT_CAP)).isEqualTo(new ZclValue.Fixed(ZclValue.INT32, 0));
    assertThat(alerts).isEmpty();
    assertThat(meter.zclMemory() == null || meter.zclMemory().isEmpty()).as("nothing left pending").isTrue();
  }

  @Test
  void aPublishedTariffIsWhatTheMeterThenHolds() throws Exception {
    send(0x00A3, component(GasAttributes.PRICE, new org.dccsim.gbcs.gbz.PriceCommands.PublishPriceMatrix(
        0, 1, ZclUtcTime.NOW, 1, 0, 1, 1, List.of(new org.dccsim.gbcs.gbz.PriceCommands.TierBlockPrice(2, 10_200)))));

    assertThat(meter.attribute(GasAttributes.price(2, 1))).isEqualTo(new ZclValue.Fixed(ZclValue.UINT32, 10_200));
    ZclCommand read = send(0x009F, component(GasAttributes.PRICE, GeneralCommands.ReadAttributes.of(0x0420)));
    assertThat(((GeneralCommands.ReadAttributesResponse) read).records().get(0).value())
        .contains(new ZclValue.Fixed(ZclValue.UINT32, 10_200));
  }

  @Test
  void thePrepaymentSetUpACommandWritesIsWhatALaterReadReturns() throws Exception {
    send(0x006F, component(GasAttributes.PREPAYMENT,
        new PrepaymentCommands.EmergencyCreditSetup(1, ZclUtcTime.NOW, 500_000, 100_000)));
    send(0x006E, component(GasAttributes.PREPAYMENT, new PrepaymentCommands.ChangeDebt(1,
        org.dccsim.gbcs.frame.ByteSlice.EMPTY, 300_000, 0, 2, ZclUtcTime.NOW, 0, 1, 5_000, 0)));
    send(0x006E, component(GasAttributes.PREPAYMENT, new PrepaymentCommands.ChangeDebt(2,
        org.dccsim.gbcs.frame.ByteSlice.EMPTY, 50_000, 0, 3, ZclUtcTime.NOW, 0, 1, 5_000, 0)));
    var mode = (PrepaymentCommands.ChangePaymentModeResponse) send(0x006D, component(GasAttributes.PREPAYMENT,
        new PrepaymentCommands.ChangePaymentMode(0, 1, ZclUtcTime.NOW, 0x0897, 0)));

    assertThat(mode.emergencyCreditLimit()).isEqualTo(500_000);
    assertThat(mode.emergencyCreditThreshold()).isEqualTo(100_000);
    ZclCommand read = send(0x00B5, component(GasAttributes.PREPAYMENT,
        GeneralCommands.ReadAttributes.of(0x0000, 0x0010, 0x0011, 0x0221, 0x0227)));
    assertThat(((GeneralCommands.ReadAttributesResponse) read).records()).extracting(r -> r.value().orElseThrow())
        .containsExactly(new ZclValue.Fixed(ZclValue.BITMAP16, 0x0897), new ZclValue.Fixed(ZclValue.UINT32, 500_000),
            new ZclValue.Fixed(ZclValue.UINT32, 100_000), new ZclValue.Fixed(ZclValue.UINT32, 350_000),
            new ZclValue.Fixed(ZclValue.UINT32, 5_000));
  }

  @Test
  void theConsumptionRegisterGrowsWithTimeAndIsTheSameForTheSameMeter() {
    java.time.Instant t = RtdsDeviceBench.RTDS_TIME;
    long seed = RtdsDeviceBench.GSME.value();
    long now = GasConsumptionModel.volumeDm3(seed, t);
    long dayLater = GasConsumptionModel.volumeDm3(seed, t.plusSeconds(86_400));
    assertThat(dayLater - now).as("a winter day's gas, in dm³").isBetween(1_000L, 10_000L);
    assertThat(GasConsumptionModel.volumeDm3(seed, t)).isEqualTo(now);
    assertThat(GasConsumptionModel.volumeDm3(seed + 1, t)).isNotEqualTo(now);
  }

  @Test
  void theGpfAnswersAReadFromItsCopyOfTheMetersDataAndTheMetersConsumption() throws Exception {
    org.dccsim.device.gpf.Gpf gpf = new org.dccsim.device.gpf.Gpf(RtdsDeviceBench.GPF, BENCH.anchors());
    gpf.serve(RtdsDeviceBench.GSME);
    gpf.mirror(GasAttributes.DIVISOR, new ZclValue.Fixed(ZclValue.UINT24, 100));

    ZclCommand read = send(gpf, 0x0074, component(GasAttributes.METERING, GeneralCommands.ReadAttributes.of(0x0000, 0x0302)));

    long expected = GasConsumptionModel.volumeDm3(RtdsDeviceBench.GSME.value(), RtdsDeviceBench.RTDS_TIME);
    assertThat(((GeneralCommands.ReadAttributesResponse) read).records()).extracting(r -> r.value().orElseThrow())
        .containsExactly(new ZclValue.Fixed(ZclValue.UINT48, expected), new ZclValue.Fixed(ZclValue.UINT24, 100));
  }

  @Test
  void aTopUpAddsItsValueOnceAndItsReplayIsRefusedAsADuplicate() throws Exception {
    meter.setCreditRemaining(1_000_000);
    byte[] z = new EcdhP256(CryptoProvider.BC).sharedSecret(
        BENCH.organisationKey(RtdsDeviceBench.SUPPLIER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(RtdsDeviceBench.GSME, KeyUsage.KEY_AGREEMENT));
    String utrn = Utrn.mint(Utrn.ValueClass.POUNDS, 20, 7L << 32, RtdsDeviceBench.SUPPLIER, RtdsDeviceBench.GSME, z);
    PrepaymentCommands.ConsumerTopUp topUp = new PrepaymentCommands.ConsumerTopUp(0, Utrn.ascii(utrn));

    var accepted = (PrepaymentCommands.ConsumerTopUpResponse) send(0x0097, component(GasAttributes.PREPAYMENT, topUp));
    var replayed = (PrepaymentCommands.ConsumerTopUpResponse) send(0x0097, component(GasAttributes.PREPAYMENT, topUp));

    assertThat(accepted.resultType()).isEqualTo(TopUp.ACCEPTED);
    assertThat(accepted.topUpValue()).isEqualTo(2_000_000);
    assertThat(accepted.creditRemaining()).isEqualTo(3_000_000);
    assertThat(replayed.resultType()).isEqualTo(TopUp.REJECTED_DUPLICATE);
    assertThat(meter.creditRemaining()).isEqualTo(3_000_000);
    assertThat(meter.utrnCounter()).isEqualTo(7);
    var log = (PrepaymentCommands.PublishTopUpLog) send(0x00C5, component(GasAttributes.PREPAYMENT,
        new PrepaymentCommands.GetTopUpLog(ZclUtcTime.UNDEFINED, 5)));
    assertThat(log.topUps()).extracting(PrepaymentCommands.TopUpRecord::topUpAmount).containsExactly(2_000_000);
    assertThat(log.topUps().get(0).topUpCode()).isEqualTo(Utrn.ascii(utrn));
  }

  @Test
  void theHalfHourlyProfileIsTheConsumptionModelsPerInterval() throws Exception {
    ZclUtcTime dayBefore = ZclUtcTime.of(RtdsDeviceBench.RTDS_TIME.minusSeconds(86_400));
    var profile = (MeteringCommands.GetSampledDataResponse) send(0x0078, component(GasAttributes.METERING,
        new MeteringCommands.GetSampledData(0, dayBefore, 0, 100)));

    assertThat(profile.samples()).hasSize(48);
    assertThat(profile.sampleStartTime()).isEqualTo(dayBefore);
    long seed = RtdsDeviceBench.GSME.value();
    assertThat(profile.samples().stream().mapToLong(Integer::longValue).sum()).isEqualTo(
        GasConsumptionModel.volumeDm3(seed, RtdsDeviceBench.RTDS_TIME)
            - GasConsumptionModel.volumeDm3(seed, dayBefore.instant()));
  }

  @Test
  void aFaultedAttributeAnswersItsStatusInTheReadResponse() throws Exception {
    meter.faults().fail(GasAttributes.DIVISOR, ZclStatus.HARDWARE_FAILURE);
    ZclCommand read = send(0x0074, component(GasAttributes.METERING, GeneralCommands.ReadAttributes.of(0x0302)));
    assertThat(((GeneralCommands.ReadAttributesResponse) read).records().get(0).status())
        .isEqualTo(ZclStatus.HARDWARE_FAILURE);
  }

  @Test
  void theEventLogsListWhatTheMeterRaisedAndRefusedAndCs11ClearsTheGeneralOne() throws Exception {
    meter.raiseGenericAlert(org.dccsim.smki.RemotePartyRole.SUPPLIER, 0x8F35, services);
    byte[] replayed = message(meter, 0x0074, component(GasAttributes.METERING, GeneralCommands.ReadAttributes.of(0x0302)));
    assertThat(meter.receive(replayed, services)).isPresent();
    assertThat(meter.receive(replayed, services)).as("a replay is refused").isEmpty();
    long at = ZclUtcTime.of(RtdsDeviceBench.RTDS_TIME).seconds();

    ZclCommand general = send(0x0014, component(EventsCommands.CLUSTER, getEventLog(GbzDevice.GENERAL_EVENT_LOG)));
    assertThat(((EventsCommands.PublishEventLog) general).events()).containsExactly(new EventsCommands.LoggedEvent(
        GbzDevice.GENERAL_EVENT_LOG, 0x8F35, new ZclUtcTime(at), org.dccsim.gbcs.frame.ByteSlice.copyOf(new byte[0])));
    ZclCommand security = send(0x00A1, component(EventsCommands.CLUSTER, getEventLog(4)));
    assertThat(((EventsCommands.PublishEventLog) security).events()).extracting(EventsCommands.LoggedEvent::eventId)
        .containsExactly(org.dccsim.device.security.SecurityAlertPolicy.AUTHENTICATION_FAILED);

    send(0x0015, component(EventsCommands.CLUSTER, new EventsCommands.ClearEventLogRequest(GbzDevice.GENERAL_EVENT_LOG)));
    ZclCommand none = send(0x0014, component(EventsCommands.CLUSTER, getEventLog(GbzDevice.GENERAL_EVENT_LOG)));
    assertThat(((GeneralCommands.DefaultResponse) none).status()).isEqualTo(ZclStatus.NOT_FOUND);
  }

  /** Get Event Log of {@code log}, every event of all time, as the RTDS CS10a asks (event control 1). */
  private static EventsCommands.GetEventLog getEventLog(int log) {
    return new EventsCommands.GetEventLog(0x10 | log, 0, new ZclUtcTime(0), new ZclUtcTime(0xFFFFFFFEL), 0, 0);
  }

  private static GbzComponent component(int cluster, ZclCommand command) {
    return GbzComponent.of(cluster, ZclHeader.of(command, 0, false), command);
  }

  /** Sends a one-component command from the supplier to the meter and returns the first reply. */
  private ZclCommand send(int messageCode, GbzComponent component) throws Exception {
    return send(meter, messageCode, component);
  }

  /** Sends a one-component command from the supplier to {@code device} and returns the first reply. */
  private ZclCommand send(org.dccsim.device.EmulatedDevice device, int messageCode, GbzComponent component)
      throws Exception {
    byte[] response = device.receive(message(device, messageCode, component), services).orElseThrow();
    var inspected = BENCH.inspectOurs(response);
    GbzPayload.UseCase payload = (GbzPayload.UseCase) GbzCodec.decode(GbcsCodec.decode(response).apdu().content());
    GbzComponent first = payload.components().get(0);
    if (first.command().isPresent()) {
      return first.command().get();
    }
    assertThat(inspected.at("/decryption/status").asText()).isEqualTo("decrypted");
    return new org.dccsim.gbcs.gbz.GbzComponentCipher(services.payloadCipher()).decrypt(first,
        org.dccsim.gbcs.security.SensitivePayloadParties.of(GbcsCodec.decode(response).apdu().header()),
        BENCH.organisationKey(RtdsDeviceBench.SUPPLIER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(device.id(), KeyUsage.KEY_AGREEMENT));
  }

  /** A one-component command from the supplier to {@code device}, signed if critical, MACed by the ACB. */
  private byte[] message(org.dccsim.device.EmulatedDevice device, int messageCode, GbzComponent component) {
    GroupingHeader header = new GroupingHeader(CraFlag.COMMAND, ++counter, RtdsDeviceBench.SUPPLIER,
        device.id(), java.util.Optional.empty(), OtherInformation.of(messageCode));
    GeneralSigningApdu apdu = GeneralSigningApdu.create(header, GbzCodec.encode(GbzPayload.UseCase.of(component)),
        SignatureField.NULL);
    boolean critical = services.messageCodes().byCode(messageCode).orElseThrow().type()
        == org.dccsim.gbcs.usecase.MessageType.CRITICAL_COMMAND;
    GeneralSigningApdu sent = critical
        ? services.signer().sign(apdu, BENCH.organisationKey(RtdsDeviceBench.SUPPLIER, KeyUsage.DIGITAL_SIGNATURE))
        : apdu;
    return services.mac().wrap(sent,
        BENCH.organisationKey(RtdsDeviceBench.ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(device.id(), KeyUsage.KEY_AGREEMENT));
  }
}

package org.dccsim.device.dlms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsTypeDescription;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.junit.jupiter.api.Test;

/** The generic COSEM engine on a small object model of its own. */
class CosemEngineTest {

  private static final ObisCode NAME = Obis.of("0-0:96.1.1.255");
  private static final ObisCode SERIAL = Obis.of("0-0:96.1.0.255");
  private static final ObisCode COUNTER = Obis.of("1-0:1.8.0.255");
  private static final ObisCode PROFILE = Obis.of("0-0:99.1.0.255");
  private static final ObisCode TARIFF = Obis.of("0-0:94.44.2.0");
  private static final DlmsTypeDescription ROW = DlmsTypeDescription.structureOf(
      DlmsTypeDescription.simple(6), DlmsTypeDescription.simple(6));

  /** A device with a writable name, a read-only serial, a computed counter with a reset, and a profile. */
  static final class Meter extends EmulatedDevice implements CosemDevice {
    private CosemMemory memory;
    long resets;

    Meter() {
      this(TrustAnchors.of());
    }

    Meter(TrustAnchors anchors) {
      super(Eui64.parse("00-DB-12-34-56-78-90-F0"), anchors);
    }

    @Override
    public CosemMemory cosemMemory(boolean create) {
      if (memory == null && create) {
        memory = new CosemMemory();
      }
      return memory;
    }

    @Override
    public DeviceType type() {
      return DeviceType.ESME;
    }

    @Override
    public DeviceUseCases<Meter> useCases() {
      return new DeviceUseCases<>();
    }

    @Override
    protected AlertFormat alertFormat() {
      return AlertFormat.DLMS;
    }
  }

  private static final CosemObjectModel<Meter> MODEL = CosemObjectModel.<Meter>builder()
      .object(1, NAME, o -> o.attribute(2, CosemAttribute.value(DlmsData.octetString(new byte[] {1}))))
      .object(1, SERIAL, o -> o.attribute(2, CosemAttribute.constant(DlmsData.octetString(new byte[] {9}))))
      .object(3, COUNTER, o -> o
          .attribute(2, CosemAttribute.computed((m, stored, access, c) ->
              DlmsData.doubleLongUnsigned(c.now().getEpochSecond() % 1000 + m.resets)))
          .method(1, (m, p, c) -> {
            m.resets++;
            return null;
          }))
      .object(7, PROFILE, o -> o.attribute(2, ProfileBuffer.of(ROW, (m, range, c, out) -> {
        for (Instant t : ProfileBuffer.captureTimes(range, c.now(), 1800, 48)) {
          out.add(DlmsData.structure(DlmsData.doubleLongUnsigned(TimeRange.secondsSince2000(t)),
              DlmsData.doubleLongUnsigned(t.getEpochSecond() % 7)));
        }
      })))
      .object(9000, TARIFF, o -> o
          .attribute(2, CosemAttribute.value(DlmsData.doubleLongUnsigned(0)))
          .attribute(4, CosemAttribute.value(DlmsData.doubleLongUnsigned(0)))
          .attribute(6, ActivationTime.attribute(9000, TARIFF, 6, List.of(ActivationTime.Copy.within(TARIFF, 4, 2)))))
      .build();
  private static final CosemEngine<Meter> ENGINE = new CosemEngine<>(MODEL);

  private final Instant now = Instant.parse("2015-01-01T00:00:00Z");
  private final DeviceServices services = DeviceServices.create(Clock.fixed(now, ZoneOffset.UTC), CryptoProvider.BC,
      (eui, usage) -> null);
  private final CosemContext context = new CosemContext(ENGINE, services, now, null);
  private final Meter meter = new Meter();

  @Test
  void readsDefaultsWithoutGivingTheDeviceAnyMemory() {
    AccessResponse r = execute(true, get(1, NAME, 2), get(1, SERIAL, 2), get(1, NAME, 1));

    assertThat(r.results()).extracting(AccessResponse.Result::code).containsExactly(0, 0, 0);
    assertThat(r.data()).containsExactly(DlmsData.octetString(new byte[] {1}), DlmsData.octetString(new byte[] {9}),
        DlmsData.octetString(NAME.toBytes()));
    assertThat(meter.cosemMemory(false)).isNull();
  }

  @Test
  void aWrittenValueIsReadBackAndOnlyThatDeviceHoldsIt() {
    DlmsData written = DlmsData.octetString(new byte[] {7, 7});
    AccessResponse r = execute(true, List.of(set(1, NAME, 2), get(1, NAME, 2)), List.of(written, DlmsData.nullData()));

    assertThat(r.results()).extracting(AccessResponse.Result::kind).containsExactly(AccessSpecKind.SET, AccessSpecKind.GET);
    assertThat(r.data()).containsExactly(DlmsData.nullData(), written);
    assertThat(meter.cosemMemory(false).writtenCount()).isEqualTo(1);
    assertThat(new Meter().cosemMemory(false)).isNull();

    execute(true, List.of(set(1, NAME, 2)), List.of(DlmsData.octetString(new byte[] {1})));
    assertThat(meter.cosemMemory(false).writtenCount()).as("writing the default back frees the copy").isZero();
  }

  @Test
  void refusesReadOnlyWrongTypeUnknownAndMisclassedAccessesWithTheirResults() {
    assertThat(codes(execute(false, List.of(set(1, SERIAL, 2)), List.of(DlmsData.octetString(new byte[] {2})))))
        .containsExactly(AccessResult.READ_WRITE_DENIED);
    assertThat(codes(execute(false, List.of(set(1, NAME, 2)), List.of(DlmsData.unsigned(1)))))
        .containsExactly(AccessResult.TYPE_UNMATCHED);
    assertThat(codes(execute(false, get(1, NAME, 9), get(3, NAME, 2), get(1, Obis.of("1-2:3.4.5.6"), 2))))
        .containsExactly(AccessResult.OBJECT_UNDEFINED, AccessResult.OBJECT_CLASS_INCONSISTENT,
            AccessResult.OBJECT_UNDEFINED);
  }

  @Test
  void breakOnErrorLeavesTheRestUnattemptedWithOtherReason() {
    ENGINE.failAttribute(meter, new CosemDescriptor(1, SERIAL, 2), AccessResult.HARDWARE_FAULT);
    List<AccessRequestSpec> specs = List.of(get(1, NAME, 2), get(1, SERIAL, 2), action(3, COUNTER, 1), get(1, NAME, 2));
    List<DlmsData> data = List.of(DlmsData.nullData(), DlmsData.nullData(), DlmsData.integer(0), DlmsData.nullData());

    AccessResponse broken = execute(true, specs, data);
    assertThat(codes(broken)).containsExactly(0, 1, 250, 250);
    assertThat(broken.data().subList(1, 4)).containsOnly(DlmsData.nullData());
    assertThat(broken.results().get(2).kind()).isEqualTo(AccessSpecKind.ACTION);
    assertThat(meter.resets).as("the action after the failure did not run").isZero();

    assertThat(codes(execute(false, specs, data))).containsExactly(0, 1, 0, 0);
    assertThat(meter.resets).isEqualTo(1);
  }

  @Test
  void aPinAnswersInsteadOfTheComputedValueUntilUnpinned() {
    CosemDescriptor counter = new CosemDescriptor(3, COUNTER, 2);
    ENGINE.pin(meter, counter, DlmsData.doubleLongUnsigned(12345));
    assertThat(execute(true, get(3, COUNTER, 2)).data()).containsExactly(DlmsData.doubleLongUnsigned(12345));

    ENGINE.unpin(meter, counter);
    assertThat(execute(true, get(3, COUNTER, 2)).data()).containsExactly(DlmsData.doubleLongUnsigned(now.getEpochSecond() % 1000));
    assertThatThrownBy(() -> ENGINE.pin(meter, new CosemDescriptor(3, NAME, 2), DlmsData.nullData()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFaultOnAMethodFailsTheActionAndRepairingItRestoresIt() {
    CosemDescriptor reset = new CosemDescriptor(3, COUNTER, 1);
    ENGINE.failMethod(meter, reset, AccessResult.TEMPORARY_FAILURE);
    assertThat(codes(execute(true, List.of(action(3, COUNTER, 1)), List.of(DlmsData.integer(0)))))
        .containsExactly(AccessResult.TEMPORARY_FAILURE);
    ENGINE.repair(meter, reset, true);
    assertThat(codes(execute(true, List.of(action(3, COUNTER, 1)), List.of(DlmsData.integer(0))))).containsExactly(0);
    assertThat(meter.resets).isEqualTo(1);
  }

  @Test
  void aProfileSelectsItsGeneratedOrPinnedRowsByRangeBothEndsIncluded() {
    long from = TimeRange.secondsSince2000(now.minusSeconds(3 * 1800));
    long to = TimeRange.secondsSince2000(now.minusSeconds(1800));
    SelectiveAccess range = new SelectiveAccess(1, DlmsData.structure(
        DlmsData.structure(DlmsData.longUnsigned(8), DlmsData.octetString(Obis.of("0-0:1.0.0.255").toBytes()),
            DlmsData.integer(2), DlmsData.longUnsigned(0)),
        DlmsData.doubleLongUnsigned(from), DlmsData.doubleLongUnsigned(to), DlmsData.array()));
    AccessRequestSpec selected = new AccessRequestSpec(AccessSpecKind.GET_WITH_SELECTION,
        new CosemDescriptor(7, PROFILE, 2), Optional.of(range));

    CompactArray generated = (CompactArray) execute(true, selected).data().get(0);
    assertThat(generated.elements()).hasSize(3);
    assertThat(((DlmsData.Structure) generated.elements().get(0)).elements().get(0))
        .isEqualTo(DlmsData.doubleLongUnsigned(from));

    List<DlmsData> pinned = new ArrayList<>();
    for (long t = from - 1800; t <= to + 1800; t += 1800) {
      pinned.add(DlmsData.structure(DlmsData.doubleLongUnsigned(t), DlmsData.doubleLongUnsigned(42)));
    }
    ENGINE.pin(meter, new CosemDescriptor(7, PROFILE, 2), new CompactArray(ROW, pinned));
    CompactArray selectedPins = (CompactArray) execute(true, selected).data().get(0);
    assertThat(selectedPins.elements()).isEqualTo(pinned.subList(1, 4));
  }

  @Test
  void anActivationTimeCopiesPassiveValuesNowLaterOrNeverAndTellsTheSenderWhenLater() throws Exception {
    KeyPair ds = EcKeys.generate(new SecureRandom());
    Eui64 supplier = Eui64.parse("90-B3-D5-1F-30-01-00-00");
    Meter device = new Meter(TrustAnchors.of(new TrustAnchor(RemotePartyRole.SUPPLIER, supplier, null, null)));
    List<Instant> times = new ArrayList<>();
    List<Runnable> pending = new ArrayList<>();
    List<byte[]> alerts = new ArrayList<>();
    DeviceServices later = DeviceServices.create(Clock.fixed(now, ZoneOffset.UTC), CryptoProvider.BC,
            (eui, usage) -> usage == KeyUsage.DIGITAL_SIGNATURE ? ds.getPrivate() : null)
        .withScheduler((at, task) -> {
          times.add(at);
          pending.add(task);
        })
        .withUplink((d, message) -> alerts.add(message));
    VerifiedCommand command = new VerifiedCommand(
        GeneralSigningApdu.create(GroupingHeader.of(CraFlag.COMMAND, 1008, supplier, device.id(), 0x0019),
            new byte[] {0}, SignatureField.NULL),
        later.messageCodes().byCode(0x0019).orElseThrow(), device.anchors().forRole(RemotePartyRole.SUPPLIER).get());
    CosemContext within = new CosemContext(ENGINE, later, now, command);
    DlmsData passive = DlmsData.doubleLongUnsigned(77);
    Instant at = Instant.parse("2030-01-15T09:00:00Z");

    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 4), passive, within);
    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 6), time("0000000000000000008000FF"), within);
    assertThat(ENGINE.get(device, new CosemDescriptor(9000, TARIFF, 2), null, within)).as("immediate").isEqualTo(passive);
    assertThat(pending).isEmpty();

    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 4), DlmsData.doubleLongUnsigned(88), within);
    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 6), time("07EE010FFF090000008000FF"), within);
    assertThat(times).containsExactly(at);
    assertThat(ENGINE.get(device, new CosemDescriptor(9000, TARIFF, 2), null, within)).as("not yet").isEqualTo(passive);
    pending.get(0).run();
    assertThat(ENGINE.get(device, new CosemDescriptor(9000, TARIFF, 2), null, within))
        .isEqualTo(DlmsData.doubleLongUnsigned(88));
    assertThat(alerts).hasSize(1);
    GeneralSigningApdu alert = GbcsCodec.decodeApdu(alerts.get(0));
    assertThat(alert.recipient()).isEqualTo(supplier);
    assertThat(alert.messageCode()).isEqualTo(ActivationTime.ALERT_MESSAGE_CODE);
    DlmsAlert body = DlmsAlert.of(DlmsCodec.decodeDataNotification(alert.content()));
    assertThat(body.alertCode()).isEqualTo(ActivationTime.EXECUTED);
    assertThat(body.dateTime().localDateTime()).contains(LocalDateTime.of(2030, 1, 15, 9, 0));
    assertThat(body.details()).containsExactly(DlmsData.octetString(
        HexFormat.of().parseHex("001900000000000003F0232800005E2C020006")));

    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 4), DlmsData.doubleLongUnsigned(99), within);
    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 6), time("07EE010FFF090000008000FF"), within);
    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 6), time("FFFFFFFFFFFFFFFFFF8000FF"), within);
    pending.get(1).run();
    assertThat(ENGINE.get(device, new CosemDescriptor(9000, TARIFF, 2), null, within)).as("cancelled")
        .isEqualTo(DlmsData.doubleLongUnsigned(88));
    assertThat(alerts).hasSize(1);

    ENGINE.set(device, new CosemDescriptor(9000, TARIFF, 6), time("07EE010FFF090000008000FF"), within);
    ENGINE.failAttribute(device, new CosemDescriptor(9000, TARIFF, 2), AccessResult.HARDWARE_FAULT);
    pending.get(2).run();
    assertThat(DlmsAlert.of(DlmsCodec.decodeDataNotification(GbcsCodec.decodeApdu(alerts.get(1)).content()))
        .alertCode()).isEqualTo(ActivationTime.FAILED);
  }

  private static DlmsData time(String hex) {
    return DlmsData.octetString(HexFormat.of().parseHex(hex));
  }

  private AccessResponse execute(boolean breakOnError, AccessRequestSpec... gets) {
    List<DlmsData> data = new ArrayList<>();
    for (int i = 0; i < gets.length; i++) {
      data.add(DlmsData.nullData());
    }
    return execute(breakOnError, List.of(gets), data);
  }

  private AccessResponse execute(boolean breakOnError, List<AccessRequestSpec> specs, List<DlmsData> data) {
    long invoke = breakOnError ? LongInvokeIdAndPriority.forCounter(1000) : 1000;
    return ENGINE.execute(meter, new AccessRequest(invoke, Optional.empty(), specs, data), context);
  }

  private static List<Integer> codes(AccessResponse r) {
    return r.results().stream().map(AccessResponse.Result::code).toList();
  }

  private static AccessRequestSpec get(int classId, ObisCode o, int id) {
    return AccessRequestSpec.get(classId, o, id);
  }

  private static AccessRequestSpec set(int classId, ObisCode o, int id) {
    return AccessRequestSpec.set(classId, o, id);
  }

  private static AccessRequestSpec action(int classId, ObisCode o, int id) {
    return AccessRequestSpec.action(classId, o, id);
  }
}

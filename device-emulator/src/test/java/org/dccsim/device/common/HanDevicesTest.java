package org.dccsim.device.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.SecurityEvent;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.chf.HanDeviceLog;
import org.dccsim.device.chf.SubGhzRadio;
import org.dccsim.device.dlms.AccessResult;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.hcalcs.Hcalcs;
import org.dccsim.device.ppmid.Ppmid;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.junit.jupiter.api.Test;

/**
 * The HAN devices' behaviour beyond the judge: what a command writes is what later reads show, and
 * every security check of each family (wrong MAC, stale counter, role not allowed, bad signature)
 * leaves no response, a security log entry, and on a WAN device the generic alert.
 */
class HanDevicesTest {

  private static final RtdsDeviceBench BENCH = HanRtdsConformanceTest.BENCH;

  private final List<byte[]> alerts = new CopyOnWriteArrayList<>();
  private final DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m));

  @Test
  void aHubAddsTheDeviceCcs01NamesToItsLogAndRemovesItOnCcs02() {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    assertThat(hub.cosemMemory(false)).as("a hub at rest holds no COSEM memory").isNull();

    assertThat(hub.receive(rtds("8.11_CCS01", "CCS01_8.11_SUCCESS_COMMAND_GBCS.HEX"), services)).isPresent();

    HanDeviceLog log = hub.hanLog(0);
    assertThat(log.indexOf(RtdsDeviceBench.ESME)).isZero();
    assertThat(log.key(0)).asString().isEqualTo("0123456789ABCDEF");
    CosemDescriptor joinTimeout = new CosemDescriptor(104, new ObisCode(0, 0, 30, 3, 0, 255), 3);
    assertThat(CommsHub.ENGINE.stored(hub, joinTimeout.instance(), 3)).isEqualTo(DlmsData.longUnsigned(90));

    // the RTDS numbers each folder's commands from the same counter
    hub.setLastCounter(org.dccsim.smki.RemotePartyRole.ACCESS_CONTROL_BROKER, 0);
    assertThat(hub.receive(rtds("8.11_CCS02", "CCS02_8.11_SUCCESS_COMMAND_GBCS.HEX"), services)).isPresent();
    assertThat(hub.hanLog(0).size()).isZero();
  }

  @Test
  void aSubGhzConfigurationSetIsReadBackAndAnnouncedAsTheRtdsAlertSaysIt() {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());

    assertThat(hub.receive(rtds("6.28_DBCH04", "DBCH04_6.28_SUCCESS_COMMAND_GBCS.HEX"), services)).isPresent();

    assertThat(alerts).hasSize(1);
    var ours = BENCH.inspectOurs(alerts.get(0));
    var expected = BENCH.inspectRtds(RtdsFiles.bytes("6.28_DBCH04", "DBCH04_6.28_NA_SUCCESS_ALERT_DBCH09_GBCS.HEX"));
    assertThat(ours.at("/header/messageCode")).isEqualTo(expected.at("/header/messageCode"));
    assertThat(ours.at("/header/recipient")).isEqualTo(expected.at("/header/recipient"));
    assertThat(ours.at("/payload/body")).isEqualTo(expected.at("/payload/body"));
    DlmsData written = CommsHub.ENGINE.stored(hub, new ObisCode(0, 0, 94, 44, 10, 0), 2);
    assertThat(written).isNotEqualTo(CommsHub.ENGINE.model().initial(new ObisCode(0, 0, 94, 44, 10, 0), 2));
  }

  @Test
  void aRestoredLogIsWhatItsBackupReturnsAndAFullLogAdmitsNoMore() throws Exception {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    CosemContext context = new CosemContext(CommsHub.ENGINE, services, RtdsDeviceBench.RTDS_TIME, null);
    ObisCode gpfLog = new ObisCode(0, 0, 30, 3, 1, 255);
    DlmsData entries = new DlmsData.DlmsArray(List.of(
        DlmsData.structure(DlmsData.octetString(RtdsDeviceBench.GSME.toBytes()), DlmsData.octetString(new byte[16])),
        DlmsData.structure(DlmsData.octetString(RtdsDeviceBench.PPMID.toBytes()), DlmsData.octetString(new byte[16]))));
    byte[] pan = {1, 2, 3, 4, 5, 6, 7, 8};

    synchronized (hub) {
      CommsHub.ENGINE.invoke(hub, new CosemDescriptor(104, gpfLog, 5),
          DlmsData.structure(DlmsData.octetString(pan), entries), context);
      DlmsData backup = CommsHub.ENGINE.invoke(hub, new CosemDescriptor(104, gpfLog, 4), DlmsData.nullData(), context);
      assertThat(backup).isEqualTo(DlmsData.structure(
          DlmsData.octetString(DeviceTime.cosem(RtdsDeviceBench.RTDS_TIME).toByteArray()),
          DlmsData.octetString(pan), entries));
    }
    assertThat(hub.hanLog(0).size()).as("the CHF's own log is another").isZero();
    assertThat(alerts).as("CS14 for the restore").hasSize(1);

    HanDeviceLog full = HanDeviceLog.empty(hub.id());
    for (int i = 0; i < HanDeviceLog.CAPACITY; i++) {
      full = full.with(new Eui64(0x00DB123456780000L + i), new byte[16]);
    }
    hub.setHanLog(0, full);
    CosemDescriptor register = new CosemDescriptor(104, new ObisCode(0, 0, 30, 3, 0, 255), 1);
    DlmsData another = DlmsData.structure(DlmsData.octetString(RtdsDeviceBench.ESME.toBytes()), DlmsData.enumValue(1),
        DlmsData.octetString(new byte[16]), DlmsData.enumValue(0));
    synchronized (hub) {
      assertThatThrownBy(() -> CommsHub.ENGINE.invoke(hub, register, another, context))
          .isInstanceOf(CosemAccessException.class)
          .extracting(e -> ((CosemAccessException) e).result()).isEqualTo(AccessResult.TEMPORARY_FAILURE);
    }
    assertThat(hub.hanLog(0).indexOf(RtdsDeviceBench.ESME)).isNegative();
  }

  @Test
  void aChannelChangeShowsInTheChannelReadAndAScanRequestIsAssessed() throws Exception {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());

    assertThat(SubGhzRadio.channelChanged(hub, 0xE8000002L, 0, services)).isTrue();

    CosemDescriptor channel = new CosemDescriptor(1, new ObisCode(0, 0, 94, 44, 10, 2), 2);
    DlmsData read = CommsHub.ENGINE.get(hub, channel, null,
        new CosemContext(CommsHub.ENGINE, services, RtdsDeviceBench.RTDS_TIME, null));
    assertThat(((DlmsData.BitString) read).value().toByteArray())
        .containsExactly(0xE8, 0x00, 0x00, 0x02);
    assertThat(apdu(alerts.get(0)).messageCode()).isEqualTo(0x0111);

    assertThat(hub.receive(rtds("6.29_DBCH05", "DBCH05_6.29_SUCCESS_COMMAND_GBCS.HEX"), services)).isPresent();
    assertThat(alerts).hasSize(2);
    assertThat(apdu(alerts.get(1)).messageCode()).as("DBCH08 scan assessment").isEqualTo(0x0112);
  }

  @Test
  void aPpmidJoinedByCs03A2IsUnjoinedByCs04AndKeepsNothingOnceEmpty() {
    Ppmid ppmid = new Ppmid(RtdsDeviceBench.PPMID, BENCH.anchors());

    assertThat(ppmid.receive(rtds("8.7.2_CS03A2NonCritical", "CS03A2NonCritical_8.7.2_SUCCESS_COMMAND_GBCS.HEX"),
        services)).isPresent();
    assertThat(DeviceJoins.peers(ppmid)).hasSize(1);
    assertThat(DeviceJoins.peers(ppmid).get(0).deviceType()).isEqualTo(GbcsDeviceType.ESME);
    Eui64 joined = DeviceJoins.peers(ppmid).get(0).deviceId();

    DeviceJoins.unjoin(ppmid, joined);
    assertThat(DeviceJoins.isJoined(ppmid, joined)).isFalse();
  }

  @Test
  void aWrongMacOnAHubIsRefusedSilentlyAndRaisesTheGenericAlert() throws Exception {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    byte[] command = rtds("8.11_CCS01", "CCS01_8.11_SUCCESS_COMMAND_GBCS.HEX");
    command[command.length - 1] ^= 1;

    assertRefused(hub, command, Reason.MAC_INVALID);
    assertThat(alerts).hasSize(1);
    int alertCode = DeviceAlerts.alertCode(apdu(alerts.get(0)));
    assertThat(alertCode).isNotZero();
    assertThat(hub.hanLog(0).size()).isZero();

    CosemDescriptor securityLog = new CosemDescriptor(7, new ObisCode(0, 0, 99, 98, 1, 255), 2);
    DlmsData rows = CommsHub.ENGINE.get(hub, securityLog, null,
        new CosemContext(CommsHub.ENGINE, services, RtdsDeviceBench.RTDS_TIME, null));
    assertThat(((DlmsData.CompactArray) rows).elements()).as("the refusal is in the hub's security log")
        .containsExactly(DlmsData.structure(DlmsData.doubleLongUnsigned(
            RtdsDeviceBench.RTDS_TIME.getEpochSecond() - 946_684_800L), DlmsData.longUnsigned(alertCode)));
  }

  @Test
  void aWrongMacOnAPpmidOrHcalcsIsRefusedAndOnlyLoggedForTheyHaveNoWan() {
    for (EmulatedDevice device : List.of(new Ppmid(RtdsDeviceBench.PPMID, BENCH.anchors()),
        new Hcalcs(RtdsDeviceBench.HCALCS, BENCH.anchors()))) {
      byte[] command = BENCH.forOurDevice(readFirmwareVersionFor(device.id()));
      command[command.length - 1] ^= 1;
      assertRefused(device, command, Reason.MAC_INVALID);
    }
    assertThat(alerts).isEmpty();
  }

  @Test
  void aReplayedCommandIsRefusedOnEveryFamily() {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    byte[] ccs06 = rtds("8.9_CCS06", "CCS06_8.9_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(hub.receive(ccs06, services)).isPresent();
    assertRefused(hub, ccs06, Reason.COUNTER_NOT_INCREASING);

    Ppmid ppmid = new Ppmid(RtdsDeviceBench.PPMID, BENCH.anchors());
    byte[] cs08 = BENCH.forOurDevice(readFirmwareVersionFor(RtdsDeviceBench.PPMID));
    assertThat(ppmid.receive(cs08, services)).isPresent();
    assertRefused(ppmid, cs08, Reason.COUNTER_NOT_INCREASING);

    Hcalcs hcalcs = new Hcalcs(RtdsDeviceBench.HCALCS, BENCH.anchors());
    byte[] join = rtds("8.7.1_CS03A2Critical", "CS03A2Critical_8.7.1_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(hcalcs.receive(join, services)).isPresent();
    assertRefused(hcalcs, join, Reason.COUNTER_NOT_INCREASING);
  }

  @Test
  void aRoleTheUseCaseDoesNotAllowIsRefused() throws Exception {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    GeneralSigningApdu ccs01 = apdu(RtdsFiles.bytes("8.11_CCS01", "CCS01_8.11_SUCCESS_COMMAND_GBCS.HEX"));
    GroupingHeader h = ccs01.header();
    GroupingHeader fromOperator = new GroupingHeader(h.cra(), h.originatorCounter(), RtdsDeviceBench.NETWORK_OPERATOR,
        h.recipient(), h.dateTime(), h.otherInformation());
    GeneralSigningApdu forged = GeneralSigningApdu.create(fromOperator, ccs01.content(), ccs01.signature());
    byte[] command = services.mac().wrap(forged,
        BENCH.organisationKey(RtdsDeviceBench.ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(RtdsDeviceBench.CHF, KeyUsage.KEY_AGREEMENT));

    assertRefused(hub, command, Reason.SENDER_NOT_AUTHORISED);
    assertThat(hub.hanLog(0).size()).isZero();
  }

  @Test
  void aBadSignatureOnACriticalJoinIsRefusedAndJoinsNothing() throws Exception {
    Hcalcs hcalcs = new Hcalcs(RtdsDeviceBench.HCALCS, BENCH.anchors());
    byte[] original = RtdsFiles.bytes("8.7.1_CS03A2Critical", "CS03A2Critical_8.7.1_SUCCESS_COMMAND_GBCS.HEX");
    GbcsMessage m = GbcsCodec.decode(original);
    int signatureEnd = m.isMacProtected() ? original.length - 12 : original.length;
    original[signatureEnd - 5] ^= 1;

    assertRefused(hcalcs, BENCH.forOurDevice(original), Reason.SIGNATURE_INVALID);
    assertThat(DeviceJoins.peers(hcalcs)).isEmpty();
  }

  private void assertRefused(EmulatedDevice device, byte[] command, Reason reason) {
    Optional<byte[]> response = device.receive(command, services);
    assertThat(response).isEmpty();
    SecurityEvent last = device.securityLog().get(device.securityLog().size() - 1);
    assertThat(last.reason()).isEqualTo(reason);
  }

  /** The RTDS CS08 command addressed to {@code device} (the folder has one per device). */
  private static byte[] readFirmwareVersionFor(Eui64 device) {
    for (var f : RtdsFiles.all()) {
      if (f.folder().equals("11.2_CS08") && f.isCommand() && HanRtdsConformanceTest.recipientOf(f.bytes())
          .equals(device)) {
        return f.bytes();
      }
    }
    throw new AssertionError("no CS08 command for " + device);
  }

  private static byte[] rtds(String folder, String name) {
    return BENCH.forOurDevice(RtdsFiles.bytes(folder, name));
  }

  private static GeneralSigningApdu apdu(byte[] message) {
    try {
      return GbcsCodec.decode(message).apdu();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.HanDeviceLog;
import org.dccsim.dcc.inventory.HanDeviceLogEntry;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.asn1.GpfDeviceLog;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/**
 * 8.11 and 8.12 follow the request's values, the inventory's device types and the DCC's device log
 * records, not the templates' (the RTDS scenarios themselves are judged by
 * RtdsTransformConformanceTest).
 */
class HanDeviceLogTransformsTest {

  private static final String ADD = "CCS01_8.11_SUCCESS_REQUEST_DUIS.XML";
  private static final String REMOVE = "CCS02_8.11_SUCCESS_REQUEST_DUIS.XML";
  private static final String RESTORE_HUB = "CCS03_8.12.1_SUCCESS_REQUEST_DUIS.XML";
  private static final String RESTORE_GPF = "GCS59_8.12.2_SUCCESS_REQUEST_DUIS.XML";
  private static final ObisCode DEVICE_LOG = new ObisCode(0, 0, 30, 3, 0, 255);
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 HCALCS = Eui64.parse("00-DB-12-34-56-78-90-C5");
  private static final Eui64 OLD_HUB = Eui64.parse("00-DB-12-34-56-78-90-C2");
  private static final Eui64 OLD_GPF = Eui64.parse("00-DB-12-34-56-78-90-C3");

  private final DeviceInventory inventory = new DeviceInventory();
  private final HanDeviceLogs logs = new HanDeviceLogs();
  private final TransformRegistry registry = new TransformRegistry(HubRequests.CATALOGUE);

  HanDeviceLogTransformsTest() {
    new CommsHubAndSecurityTransforms().registerDeviceLogs(registry, inventory, logs);
    inventory.put(InventoryDevice.builder(HCALCS, DeviceType.HCALCS).build());
    inventory.put(InventoryDevice.builder(Eui64.parse("00-DB-12-34-56-78-90-C3"), DeviceType.GPF).build());
  }

  @Test
  void addingADeviceRegistersItsIdInstallCodeAndInventoryTypeAndOpensJoiningForTheRequestedTime() throws Exception {
    GeneralSigningApdu apdu = transform(ADD, xml -> xml
        .replace("<sr:DeviceID>00-DB-12-34-56-78-90-A0", "<sr:DeviceID>00-DB-12-34-56-78-90-C5")
        .replace("30313233343536373839414243444546", "A1B2C3D4E5F60718")
        .replace("<sr:JoinTimePeriod>90", "<sr:JoinTimePeriod>3600"));
    AccessRequest access = DlmsCodec.decodeAccessRequest(apdu.content());

    assertThat(apdu.messageCode()).isEqualTo(0x0001);
    assertThat(access.specs()).containsExactly(AccessRequestSpec.action(104, DEVICE_LOG, 1),
        AccessRequestSpec.set(104, DEVICE_LOG, 3), AccessRequestSpec.set(104, DEVICE_LOG, 2));
    assertThat(access.data()).containsExactly(
        DlmsData.structure(DlmsData.octetString(HCALCS.toBytes()), DlmsData.enumValue(1),
            DlmsData.octetString(HexFormat.of().parseHex("A1B2C3D4E5F60718")), DlmsData.enumValue(13)),
        DlmsData.longUnsigned(3600),
        DlmsData.BooleanValue.TRUE);
  }

  @Test
  void removingADeviceUnregistersTheRequestedOneAndLeavesTheExecutionDateTimeToTheDcc() throws Exception {
    GeneralSigningApdu apdu =
        transform(REMOVE, xml -> xml.replace("00-DB-12-34-56-78-90-A0", "00-DB-12-34-56-78-90-C5"));
    GeneralSigningApdu later = transform(REMOVE, xml -> xml.replace("<sr:DeviceID>00-DB-12-34-56-78-90-A0",
        "<sr:ExecutionDateTime>2030-01-15T09:00:00Z</sr:ExecutionDateTime><sr:DeviceID>00-DB-12-34-56-78-90-C5"));
    AccessRequest access = DlmsCodec.decodeAccessRequest(apdu.content());

    assertThat(apdu.messageCode()).isEqualTo(0x0002);
    assertThat(access.specs()).containsExactly(AccessRequestSpec.action(104, DEVICE_LOG, 2));
    assertThat(access.data()).containsExactly(DlmsData.octetString(HCALCS.toBytes()));
    // DUIS's future-dated pattern "DSP": the DCC holds the request, the hub gets no date-time
    assertThat(later.content().toByteArray()).isEqualTo(apdu.content().toByteArray());
  }

  @Test
  void anUpdateTheHubCannotCarryOutIsRefusedNamingTheElement() {
    UnaryOperator<String> onHcalcs =
        xml -> xml.replace("<sr:DeviceID>00-DB-12-34-56-78-90-A0", "<sr:DeviceID>00-DB-12-34-56-78-90-C5");

    assertRefused(ADD, xml -> xml, "UpdateHANDeviceLog/DeviceID", "inventory");
    assertRefused(ADD,
        xml -> xml.replace("<sr:DeviceID>00-DB-12-34-56-78-90-A0", "<sr:DeviceID>00-DB-12-34-56-78-90-C3"),
        "UpdateHANDeviceLog/DeviceID", "GPF");
    assertRefused(ADD, xml -> onHcalcs.apply(xml).replace("<sr:JoinTimePeriod>90", "<sr:JoinTimePeriod>3601"),
        "AddDeviceToCHFWhitelist/JoinTimePeriod", "3600");
    assertRefused(ADD, xml -> onHcalcs.apply(xml).replace("30313233343536373839414243444546", "3031323334"),
        "AddDeviceToCHFWhitelist/InstallCode", "6 to 16 bytes");
    assertRefused(ADD, xml -> onHcalcs.apply(xml).replace("<sr:RequestType>Add", "<sr:RequestType>Remove"),
        "UpdateHANDeviceLog/AddDeviceToCHFWhitelist", "Remove");
    assertRefused(REMOVE, xml -> xml.replace("<sr:RequestType>Remove", "<sr:RequestType>Add"),
        "UpdateHANDeviceLog/AddDeviceToCHFWhitelist", "present");
  }

  @Test
  void restoringAHubLogSendsTheRecordedNetworkAndDevicesOfTheOldHub() throws Exception {
    Eui64 pan = Eui64.parse("11-22-33-44-55-66-77-88");
    byte[] key = HexFormat.of().parseHex("F0E1D2C3B4A5968778695A4B3C2D1E0F");
    logs.record(OLD_HUB, HanDeviceLog.commsHub(pan, List.of(
        new HanDeviceLogEntry(HCALCS, DeviceType.HCALCS, key),
        HanDeviceLogEntry.withoutLinkKey(Eui64.parse("00-DB-12-34-56-78-90-C4"), DeviceType.PPMID))));

    GeneralSigningApdu apdu = transform(RESTORE_HUB, xml -> xml.replace("00-DB-12-34-56-78-90-95", OLD_HUB.toString()));
    AccessRequest access = DlmsCodec.decodeAccessRequest(apdu.content());

    assertThat(apdu.messageCode()).isEqualTo(0x0003);
    assertThat(access.specs()).containsExactly(AccessRequestSpec.action(104, DEVICE_LOG, 5));
    assertThat(access.data()).containsExactly(DlmsData.structure(DlmsData.octetString(pan.toBytes()), DlmsData.array(
        DlmsData.structure(DlmsData.octetString(HCALCS.toBytes()), DlmsData.octetString(key)),
        DlmsData.structure(DlmsData.octetString(Eui64.parse("00-DB-12-34-56-78-90-C4").toBytes()),
            DlmsData.octetString(new byte[0])))));
  }

  @Test
  void restoringAGpfLogSendsTheRecordedDevicesWithTheirGbcsTypes() throws Exception {
    Eui64 gsme = Eui64.parse("00-DB-12-34-56-78-90-C1");
    Eui64 cad = Eui64.parse("00-DB-12-34-56-78-90-C6");
    logs.record(OLD_GPF, HanDeviceLog.of(List.of(
        HanDeviceLogEntry.withoutLinkKey(gsme, DeviceType.GSME),
        HanDeviceLogEntry.withoutLinkKey(cad, DeviceType.CAD))));

    GeneralSigningApdu apdu = transform(RESTORE_GPF, xml -> xml.replace("00-DB-12-34-56-78-90-B3", OLD_GPF.toString()));

    assertThat(apdu.messageCode()).isEqualTo(0x008C);
    assertThat(DerPayloadCodec.decode(apdu).payload()).isEqualTo(new GpfDeviceLog.RestoreCommand(List.of(
        new DeviceLogEntry(gsme, GbcsDeviceType.GSME), new DeviceLogEntry(cad, GbcsDeviceType.TYPE_2))));
  }

  @Test
  void aRestoreWithoutRecordsOfTheOldHubOrItsNetworkIsRefused() {
    logs.record(OLD_HUB, HanDeviceLog.of(List.of()));

    assertRefused(RESTORE_GPF, xml -> xml, "RestoreGPFDeviceLog/OldGPFID", "00-DB-12-34-56-78-90-B3");
    assertRefused(RESTORE_HUB, xml -> xml.replace("00-DB-12-34-56-78-90-95", OLD_HUB.toString()),
        "RestoreHANDeviceLog/OldCHFID", "Extended PAN ID");
  }

  @Test
  void theAccessControlBrokerSendsForTheUserAndInItsOwnRightWhenTheDccRequests() throws Exception {
    logs.record(Eui64.parse("00-DB-12-34-56-78-90-B3"), HanDeviceLog.of(List.of()));

    GeneralSigningApdu forUser = transform(RESTORE_GPF, xml -> xml
        .replace("90-B3-D5-1F-30-00-00-02:00-DB-12-34-56-78-90-A3:1300", SUPPLIER + ":00-DB-12-34-56-78-90-A3:1300"));
    GeneralSigningApdu forDcc = transform(RESTORE_GPF, xml -> xml);

    assertThat(forUser.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(forUser.header().otherInformation()).isEqualTo(OtherInformation.withRemoteParty(0x008C, SUPPLIER, 1300));
    assertThat(forDcc.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(forDcc.header().otherInformation()).isEqualTo(OtherInformation.of(0x008C));
  }

  private GeneralSigningApdu transform(String template, UnaryOperator<String> edit) throws RequestRefused {
    AcceptedRequest request = HubRequests.accepted(template, edit, -1, EnumSet.of(UserRole.IS));
    return registry.forVariant(request.srv().variant()).orElseThrow().transform(request);
  }

  private void assertRefused(String template, UnaryOperator<String> edit, String element, String expected) {
    assertThatThrownBy(() -> transform(template, edit))
        .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID))
        .hasMessageContaining(element)
        .hasMessageContaining(expected);
  }
}

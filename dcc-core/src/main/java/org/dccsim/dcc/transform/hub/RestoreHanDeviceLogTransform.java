package org.dccsim.dcc.transform.hub;

import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.CLASS_ID;
import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.DEVICE_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.inventory.HanDeviceLog;
import org.dccsim.dcc.inventory.HanDeviceLogEntry;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.GpfDeviceLog;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.GbcsCommands;
import org.dccsim.smki.Eui64;

/**
 * 8.12.1 Restore HAN Device Log and 8.12.2 Restore GPF Device Log: a replacement Comms Hub gets the
 * device log of the one it replaces, which the request names and the DCC's records hold ({@link
 * HanDeviceLogs}); the access control broker sends it on the User's behalf.
 *
 * <ul>
 *   <li>CCS03, to the new Comms Hub Function: restore_PAN on its CHF Device Log with
 *       {extended_PAN_ID, [{ieee_address, hashed TC link key}]}, as the old hub's backups of its
 *       log carry them (CS14 alerts, CCS07's backup_PAN); the new hub forms its network with that
 *       Extended PAN ID.
 *   <li>GCS59, to the new GPF: the ASN.1 GPF device log (device ID and GBCS device type of each).
 * </ul>
 */
final class RestoreHanDeviceLogTransform implements DeviceCommandTransform {

  private static final int CCS03 = HubCommands.messageCode("CCS03");
  private static final int GCS59 = HubCommands.messageCode("GCS59");

  private final DeviceType target;
  private final HanDeviceLogs logs;

  private RestoreHanDeviceLogTransform(DeviceType target, HanDeviceLogs logs) {
    this.target = target;
    this.logs = logs;
  }

  static RestoreHanDeviceLogTransform commsHub(HanDeviceLogs logs) {
    return new RestoreHanDeviceLogTransform(DeviceType.CHF, logs);
  }

  static RestoreHanDeviceLogTransform gpf(HanDeviceLogs logs) {
    return new RestoreHanDeviceLogTransform(DeviceType.GPF, logs);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(target);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    String element = target == DeviceType.CHF ? "OldCHFID" : "OldGPFID";
    Eui64 old = CredentialValues.eui64(body, element);
    String where = body.localName() + "/" + element;
    HanDeviceLog log = logs.find(old).orElseThrow(() -> TransformValues.invalid(where,
        "a " + target + " whose device log the DCC holds, not " + old));
    return target == DeviceType.CHF
        ? HubCommands.byAcbForRequester(request, CCS03, commsHubLog(request, log, where))
        : HubCommands.byAcbForRequester(request, GCS59, gpfLog(log));
  }

  private static byte[] commsHubLog(AcceptedRequest request, HanDeviceLog log, String where) throws RequestRefused {
    Eui64 extendedPanId = log.extendedPanId().orElseThrow(() -> TransformValues.invalid(where,
        "a Comms Hub whose network's Extended PAN ID the DCC holds"));
    List<DlmsData> devices = new ArrayList<>(log.devices().size());
    for (HanDeviceLogEntry e : log.devices()) {
      devices.add(DlmsData.structure(
          DlmsData.octetString(e.deviceId().toBytes()), DlmsData.octetString(e.hashedTcLinkKey())));
    }
    return GbcsCommands.dlmsPayload(request.dccCounter(),
        List.of(AccessRequestSpec.action(CLASS_ID, DEVICE_LOG, ZigbeeNetworkControl.RESTORE_PAN)),
        List.of(DlmsData.structure(DlmsData.octetString(extendedPanId.toBytes()), new DlmsData.DlmsArray(devices))));
  }

  private static byte[] gpfLog(HanDeviceLog log) {
    List<DeviceLogEntry> entries = new ArrayList<>(log.devices().size());
    for (HanDeviceLogEntry e : log.devices()) {
      entries.add(new DeviceLogEntry(e.deviceId(), GbcsDeviceTypes.of(e.type())));
    }
    return new GpfDeviceLog.RestoreCommand(entries).toDer();
  }
}

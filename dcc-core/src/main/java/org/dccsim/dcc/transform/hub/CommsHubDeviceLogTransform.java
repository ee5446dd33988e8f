package org.dccsim.dcc.transform.hub;

import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.ACTIVE_DEVICES;
import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.BACKUP_PAN;
import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.CLASS_ID;
import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.DEVICE_LOG;
import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.HISTORIC_DEVICE_LOG;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.GbcsCommands;

/**
 * 8.9 Read Device Log on the Comms Hub Function, through the access control broker: CCS06 reads
 * the CHF device log's active_devices ({@link ZigbeeNetworkControl}); with ReadSecurityDetails,
 * CCS07 invokes backup_PAN on it and on the historic log, whose results carry each device's hashed
 * TC link key.
 *
 * <p>[?] RTDS also has CCS05CCS04 (0x0004), the same payload for the same request under an older
 * message code that the DUIS mapping table no longer lists; dccsim sends CCS06.
 */
final class CommsHubDeviceLogTransform implements DeviceCommandTransform {

  private static final int CCS06 = HubCommands.messageCode("CCS06");
  private static final int CCS07 = HubCommands.messageCode("CCS07");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.CHF);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    // the access control broker sends it, and the payload is numbered with its counter
    long counter = request.dccCounter();
    if (body.child("ReadSecurityDetails").isPresent()) {
      return HubCommands.byAcbOnBehalfOfUser(request, CCS07, GbcsCommands.dlmsPayload(counter,
          List.of(AccessRequestSpec.action(CLASS_ID, DEVICE_LOG, BACKUP_PAN),
              AccessRequestSpec.action(CLASS_ID, HISTORIC_DEVICE_LOG, BACKUP_PAN)),
          List.of(DlmsData.nullData(), DlmsData.nullData())));
    }
    return HubCommands.byAcbOnBehalfOfUser(request, CCS06, GbcsCommands.dlmsPayload(counter,
        List.of(AccessRequestSpec.get(CLASS_ID, DEVICE_LOG, ACTIVE_DEVICES)), List.of(DlmsData.nullData())));
  }
}

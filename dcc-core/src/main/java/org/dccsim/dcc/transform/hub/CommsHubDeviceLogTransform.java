package org.dccsim.dcc.transform.hub;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.GbcsCommands;

/**
 * 8.9 Read Device Log on the Comms Hub Function, through the access control broker: CCS06 reads
 * the CHF device log (ZigBee network control, class 104, 0-0:30.3.0.255, attribute 4); with
 * ReadSecurityDetails, CCS07 invokes method 4 on it and on the historic log (0-0:30.3.1.255).
 *
 * <p>[?] RTDS also has CCS05CCS04 (0x0004), the same payload for the same request under an older
 * message code that the DUIS mapping table no longer lists; dccsim sends CCS06.
 */
final class CommsHubDeviceLogTransform implements DeviceCommandTransform {

  private static final int NETWORK_CONTROL = 104;
  private static final ObisCode DEVICE_LOG = new ObisCode(0, 0, 30, 3, 0, 255);
  private static final ObisCode HISTORIC_DEVICE_LOG = new ObisCode(0, 0, 30, 3, 1, 255);
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
          List.of(AccessRequestSpec.action(NETWORK_CONTROL, DEVICE_LOG, 4),
              AccessRequestSpec.action(NETWORK_CONTROL, HISTORIC_DEVICE_LOG, 4)),
          List.of(DlmsData.nullData(), DlmsData.nullData())));
    }
    return HubCommands.byAcbOnBehalfOfUser(request, CCS06, GbcsCommands.dlmsPayload(counter,
        List.of(AccessRequestSpec.get(NETWORK_CONTROL, DEVICE_LOG, 4)), List.of(DlmsData.nullData())));
  }
}

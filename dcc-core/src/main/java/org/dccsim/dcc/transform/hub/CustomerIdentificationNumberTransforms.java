package org.dccsim.dcc.transform.hub;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.CustomerIdentificationNumbers;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.DeviceManagementCommands;
import org.dccsim.gbcs.gbz.DeviceManagementCommands.UpdateCin;
import org.dccsim.gbcs.gbz.ZclUtcTime;
import org.dccsim.gbcs.usecase.GbcsCommands;

/**
 * 9.1 Request Customer Identification Number: a CIN the DCC draws, which the access control
 * broker sends on the User's behalf as its ASCII digits. On an ESME (ECS50) it sets the value of
 * the CIN object (class 1, 0-3:96.13.1.255, attribute 2), the Access-Request numbered by the
 * broker's counter; on a GSME (GCS36) it is the Device Management cluster's Update CIN, effective
 * now, provider id 0, the time of creation as issuer event id (as the gas family's commands).
 */
final class CustomerIdentificationNumberTransforms {

  private static final AccessRequestSpec SET_CIN =
      AccessRequestSpec.set(1, new ObisCode(0, 3, 96, 13, 1, 255), 2);
  private static final long PROVIDER_ID = 0;

  private CustomerIdentificationNumberTransforms() {}

  /** ECS50. */
  static DeviceCommandTransform esme(CustomerIdentificationNumbers cins) {
    return new OnBehalfCommandTransform("ECS50", Set.of(DeviceType.ESME), (request, body) -> GbcsCommands.dlmsPayload(
        request.dccCounter(), List.of(SET_CIN), List.of(DlmsData.octetString(cins.next().ascii()))));
  }

  /** GCS36. */
  static DeviceCommandTransform gsme(CustomerIdentificationNumbers cins) {
    return new GbzTransform("GCS36", Set.of(DeviceType.GSME), request -> List.of(ZclCall.of(
        DeviceManagementCommands.CLUSTER, new UpdateCin(ZclTimes.issuerEventId(request), ZclUtcTime.NOW, PROVIDER_ID,
            ByteSlice.copyOf(cins.next().ascii())))));
  }
}

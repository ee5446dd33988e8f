package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.EsmeReadRequests.attribute;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.RemotePartyRole;

/**
 * 6.2.10 Read Device Configuration (Event and Alert Behaviours) on an ESME: the non-critical
 * behaviours the requester's own role configures, so a supplier reads its four settings objects
 * (0-30:97.98.15..18, ECS25r1) and a network operator its two (0-33:97.98.15 and .18, ECS25r2).
 * The User's remote party role decides; the request body is empty.
 */
final class AlertBehaviourReadTransform implements DeviceCommandTransform {

  private final AttributeReadTransform supplier = new AttributeReadTransform("ECS25r1", List.of(
      attribute(1, new ObisCode(0, 30, 97, 98, 15, 255), 2), attribute(1, new ObisCode(0, 30, 97, 98, 16, 255), 2),
      attribute(1, new ObisCode(0, 30, 97, 98, 17, 255), 2), attribute(1, new ObisCode(0, 30, 97, 98, 18, 255), 2)));
  private final AttributeReadTransform networkOperator = new AttributeReadTransform("ECS25r2", List.of(
      attribute(1, new ObisCode(0, 33, 97, 98, 15, 255), 2), attribute(1, new ObisCode(0, 33, 97, 98, 18, 255), 2)));

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    RemotePartyRole role = request.user().remotePartyRole();
    if (role == RemotePartyRole.SUPPLIER) {
      return supplier.transform(request);
    }
    if (role == RemotePartyRole.NETWORK_OPERATOR) {
      return networkOperator.transform(request);
    }
    throw TransformValues.invalid("ReadDeviceConfigurationEventAndAlertBehaviours",
        "a supplier or network operator as requester, not " + role);
  }
}

package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 3.2 Restrict Access For Change Of Tenancy → ECS12: the change of tenancy date-time, before which
 * the household may no longer read data, written to 0-0:94.44.3.2.
 */
final class ChangeOfTenancyTransform implements DeviceCommandTransform {

  private static final List<AccessRequestSpec> SPECS =
      List.of(AccessRequestSpec.set(1, new ObisCode(0, 0, 94, 44, 3, 2), 2));

  private final int messageCode = EsmeReadRequests.messageCode("ECS12");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    var restriction = TransformValues.dateTime(TransformValues.body(request), "RestrictionDateTime");
    return EsmeReadRequests.command(
        messageCode, request, SPECS, List.of(EsmeDateTimes.octetString(restriction, "RestrictionDateTime")));
  }
}

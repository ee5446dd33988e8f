package org.dccsim.dcc.transform.esme;

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
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 1.2.1 Update Price (Primary Element) on an ESME → ECS01b (critical): the passive standing charge
 * and price matrix, and when each becomes active (at once, at the ExecutionDateTime, or never).
 */
final class PrimaryPriceTransform implements DeviceCommandTransform {

  private static final ObisCode STANDING_CHARGE = new ObisCode(0, 0, 19, 20, 4, 255);
  private static final ObisCode PRICE_MATRIX = new ObisCode(0, 0, 19, 20, 0, 255);
  private static final List<AccessRequestSpec> SPECS = List.of(
      AccessRequestSpec.set(113, STANDING_CHARGE, 6),
      AccessRequestSpec.set(113, PRICE_MATRIX, 6),
      AccessRequestSpec.set(113, STANDING_CHARGE, 7),
      AccessRequestSpec.set(113, PRICE_MATRIX, 7));

  private final int messageCode = EsmeReadRequests.messageCode("ECS01b");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement prices =
        TransformValues.child(TransformValues.child(body, "PriceElements"), "ElectricityPriceElements");
    DlmsData activation = EsmeDateTimes.activation(TransformValues.executionDateTime(body));
    return EsmeReadRequests.command(messageCode, request, SPECS,
        List.of(UnitCharges.standingCharge(prices), UnitCharges.primaryPrices(prices), activation, activation));
  }
}

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
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/** 1.2.2 Update Price (Secondary Element) → ECS01d (critical): the secondary price matrix and its activation. */
final class SecondaryPriceTransform implements DeviceCommandTransform {

  private static final ObisCode PRICE_MATRIX = new ObisCode(0, 0, 19, 20, 5, 255);
  private static final List<AccessRequestSpec> SPECS = List.of(
      AccessRequestSpec.set(113, PRICE_MATRIX, 6), AccessRequestSpec.set(113, PRICE_MATRIX, 7));

  private final int messageCode = EsmeReadRequests.messageCode("ECS01d");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    return EsmeReadRequests.command(messageCode, request, SPECS, List.of(
        UnitCharges.secondaryPrices(TransformValues.child(body, "PriceElements")),
        EsmeDateTimes.activation(TransformValues.executionDateTime(body))));
  }
}

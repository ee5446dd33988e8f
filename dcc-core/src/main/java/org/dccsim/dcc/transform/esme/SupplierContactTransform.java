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
 * 3.4 Update Supplier Name → ECS16: the supplier's telephone number (0-0:96.13.0.255) and name
 * (0-0:96.13.1.255), both GBCS string objects of class 9000.
 */
final class SupplierContactTransform implements DeviceCommandTransform {

  private static final int NAME_MAX = 15;
  private static final int TELEPHONE_MAX = 18;
  private static final List<AccessRequestSpec> SPECS = List.of(
      AccessRequestSpec.set(9000, new ObisCode(0, 0, 96, 13, 0, 255), 2),
      AccessRequestSpec.set(9000, new ObisCode(0, 0, 96, 13, 1, 255), 2));

  private final int messageCode = EsmeReadRequests.messageCode("ECS16");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    byte[] telephone = EsmeTexts.printableAscii(body, "SupplierTelephoneNumber", TELEPHONE_MAX);
    byte[] name = EsmeTexts.printableAscii(body, "SupplierName", NAME_MAX);
    return EsmeReadRequests.command(
        messageCode, request, SPECS, List.of(DlmsData.octetString(telephone), DlmsData.octetString(name)));
  }
}

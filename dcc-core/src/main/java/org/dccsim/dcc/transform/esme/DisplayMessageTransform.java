package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/** 3.1 Display Message → ECS10: the supplier message written to the ESME's message object. */
final class DisplayMessageTransform implements DeviceCommandTransform {

  private static final int MAX_LENGTH = 116;
  private static final List<AccessRequestSpec> SPECS =
      List.of(AccessRequestSpec.set(1, new ObisCode(0, 2, 96, 13, 1, 255), 2));

  private final int messageCode = EsmeReadRequests.messageCode("ECS10");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    byte[] message = EsmeTexts.printableAscii(TransformValues.body(request), "SupplierMessage", MAX_LENGTH);
    return EsmeReadRequests.command(messageCode, request, SPECS, List.of(DlmsData.octetString(message)));
  }
}

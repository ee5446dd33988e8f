package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.14.1 Update Device Configuration (Auxiliary Load Control Description) (critical) → ECS46a:
 * each described switch's text (printable ASCII, at most 22 characters) as a visible-string into
 * 0-0:94.44.0.(10 + n), in switch order.
 */
final class AuxiliaryLoadDescriptionsTransform implements DeviceCommandTransform {

  private static final int MAX_DESCRIPTION = 22;

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS46a");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    byte[][] descriptions = new byte[AuxiliaryLoadObjects.SWITCHES + 1][];
    for (BodyElement e : body.children("ALCSHCALCSDescription")) {
      int n = ControlBodyValues.attribute(e, "index", 1, AuxiliaryLoadObjects.SWITCHES);
      if (descriptions[n] != null) {
        throw TransformValues.invalid("ALCSHCALCSDescription[@index=" + n + "]", "once per switch");
      }
      descriptions[n] = ControlBodyValues.printable(e, "SwitchDescription", 1, MAX_DESCRIPTION);
    }
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= AuxiliaryLoadObjects.SWITCHES; n++) {
      if (descriptions[n] != null) {
        content.set(CosemClassIds.DATA, AuxiliaryLoadObjects.description(n), CosemClassIds.VALUE,
            new DlmsData.TextString(false, ByteSlice.copyOf(descriptions[n])));
      }
    }
    if (content.isEmpty()) {
      throw TransformValues.invalid(body.localName() + "/ALCSHCALCSDescription", "at least one");
    }
    return command.build(request, content);
  }
}

package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 7.9 Add Auxiliary Load To Boost Button → ECS62Add, 7.10 Remove Auxiliary Load From Boost Button
 * → ECS62Remove (message code ECS62): DUIS lists the five switches, each true (add, or remove) or
 * false (leave as it is); each switch to change gets its boost membership 0-0:94.44.6.n set, in
 * switch order. A request that changes nothing is refused (our reading; RTDS has all five true).
 */
final class BoostButtonMembershipTransform implements DeviceCommandTransform {

  private final boolean add;
  private final String element;
  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS62");

  private BoostButtonMembershipTransform(boolean add) {
    this.add = add;
    this.element = add ? "AddToBoostButton" : "RemoveFromBoostButton";
  }

  static BoostButtonMembershipTransform add() {
    return new BoostButtonMembershipTransform(true);
  }

  static BoostButtonMembershipTransform remove() {
    return new BoostButtonMembershipTransform(false);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    Boolean[] change = new Boolean[AuxiliaryLoadObjects.SWITCHES + 1];
    for (BodyElement e : body.children(element)) {
      int n = ControlBodyValues.attribute(e, "index", 1, AuxiliaryLoadObjects.SWITCHES);
      if (change[n] != null) {
        throw TransformValues.invalid(element + "[@index=" + n + "]", "once per switch");
      }
      change[n] = TransformValues.bool(e);
    }
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= AuxiliaryLoadObjects.SWITCHES; n++) {
      if (change[n] == null) {
        throw TransformValues.invalid(element + "[@index=" + n + "]", "present: DUIS lists all five switches");
      }
      if (change[n]) {
        content.set(CosemClassIds.DATA, AuxiliaryLoadObjects.boostMembership(n), CosemClassIds.VALUE,
            add ? DlmsData.BooleanValue.TRUE : DlmsData.BooleanValue.FALSE);
      }
    }
    if (content.isEmpty()) {
      throw TransformValues.invalid(body.localName(), "at least one switch set to true");
    }
    return command.build(request, content);
  }
}

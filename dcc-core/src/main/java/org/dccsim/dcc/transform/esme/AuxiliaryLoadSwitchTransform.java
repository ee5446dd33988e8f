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
 * 7.5 Activate, 7.6 Deactivate and 7.8 Reset Auxiliary Load (critical) → ECS47Activate,
 * ECS47Deactivate, ECS47Reset (message code ECS47): runs script n·256 + 0x11 (activate), + 0x12
 * (deactivate) or + 0x20 (back to the scheduler) of the switch scripts for switch n; activate and
 * deactivate first set the duration in minutes, 0-0:94.44.(116 + n).1 or .2.
 */
final class AuxiliaryLoadSwitchTransform implements DeviceCommandTransform {

  /** What the request asks of the switch. */
  enum Operation {
    ACTIVATE("ActivateALCSHCALCS", 0x11, 1),
    DEACTIVATE("DeactivateALCSHCALCS", 0x12, 2),
    RESET("ResetALCSHCALCS", 0x20, 0);

    private final String element;
    private final int script;
    private final int durationObject;

    Operation(String element, int script, int durationObject) {
      this.element = element;
      this.script = script;
      this.durationObject = durationObject;
    }
  }

  private final Operation operation;
  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS47");

  AuxiliaryLoadSwitchTransform(Operation operation) {
    this.operation = operation;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement target = TransformValues.child(TransformValues.body(request), operation.element);
    int n = ControlBodyValues.attribute(target, "index", 1, AuxiliaryLoadObjects.SWITCHES);
    AccessRequestContent content = new AccessRequestContent();
    if (operation != Operation.RESET) {
      int minutes = (int) TransformValues.integer(target, "Duration", 0, ControlBodyValues.UNSIGNED_SHORT_MAX);
      content.set(CosemClassIds.DATA, AuxiliaryLoadObjects.scriptParameter(n, operation.durationObject),
          CosemClassIds.VALUE, DlmsData.longUnsigned(minutes));
    }
    content.action(CosemClassIds.SCRIPT_TABLE, AuxiliaryLoadObjects.SWITCH_SCRIPTS, CosemClassIds.EXECUTE,
        DlmsData.longUnsigned((n << 8) | operation.script));
    return command.build(request, content);
  }
}

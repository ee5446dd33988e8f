package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 7.13 Set Auxiliary Controller State → ECS47a, and 7.16 Limit APC Level (the load controller's)
 * → ECS47e, both critical: the period's start and end date-times into two parameters of
 * controller n, then the controller script n·256 + level, plus 0x1000 for an output or 0x2000
 * for an input from the controlled load. ECS47a uses parameters 1 and 2 and the switch script
 * table 0-0:10.0.103.255; ECS47e parameters 3 and 4 and the APC limit script table
 * 0-0:10.0.107.255.
 */
final class AuxiliaryControllerLevelTransform implements DeviceCommandTransform {

  private static final ObisCode APC_LIMIT_SCRIPTS = new ObisCode(0, 0, 10, 0, 107, 255);
  private static final int MAX_LEVEL = 100;
  private static final int OUTPUT = 0x1000;
  private static final int INPUT_FROM_CONTROLLED_LOAD = 0x2000;

  private final DlmsUseCaseCommand command;
  private final ObisCode scripts;
  private final int firstParameter;

  private AuxiliaryControllerLevelTransform(String useCase, ObisCode scripts, int firstParameter) {
    this.command = DlmsUseCaseCommand.of(useCase);
    this.scripts = scripts;
    this.firstParameter = firstParameter;
  }

  static AuxiliaryControllerLevelTransform setState() {
    return new AuxiliaryControllerLevelTransform("ECS47a", AuxiliaryLoadObjects.SWITCH_SCRIPTS, 1);
  }

  static AuxiliaryControllerLevelTransform limitApcLevel() {
    return new AuxiliaryControllerLevelTransform("ECS47e", APC_LIMIT_SCRIPTS, 3);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    int n = ControlBodyValues.attribute(body, "auxiliaryControllerN", 1, AuxiliaryLoadObjects.SWITCHES);
    Instant start = TransformValues.dateTime(body, "StartDateTime");
    Instant end = TransformValues.dateTime(body, "EndDateTime");
    if (end.isBefore(start)) {
      throw TransformValues.invalid(body.localName() + "/EndDateTime", "not before StartDateTime");
    }
    int level = (int) TransformValues.integer(body, "CommandedStateLevel", 0, MAX_LEVEL);
    int direction = body.child("InputFromControlledLoad").isPresent() ? INPUT_FROM_CONTROLLED_LOAD : OUTPUT;
    return command.build(request, new AccessRequestContent()
        .set(CosemClassIds.DATA, AuxiliaryLoadObjects.scriptParameter(n, firstParameter), CosemClassIds.VALUE,
            DlmsData.octetString(EsmeDateTimes.dateTime(start)))
        .set(CosemClassIds.DATA, AuxiliaryLoadObjects.scriptParameter(n, firstParameter + 1), CosemClassIds.VALUE,
            DlmsData.octetString(EsmeDateTimes.dateTime(end)))
        .action(CosemClassIds.SCRIPT_TABLE, scripts, CosemClassIds.EXECUTE,
            DlmsData.longUnsigned(direction | n << 8 | level)));
  }
}

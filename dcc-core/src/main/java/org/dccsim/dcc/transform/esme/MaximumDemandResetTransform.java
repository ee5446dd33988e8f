package org.dccsim.dcc.transform.esme;

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
 * 6.18.2 Reset Maximum Demand Registers → ECS57: a reset (method 1 of the extended register) of
 * each register the request names, in the order of their logical names as RTDS has them (active
 * import, configurable-period active import, active export). A request naming none has nothing to
 * reset.
 */
final class MaximumDemandResetTransform implements DeviceCommandTransform {

  private static final ObisCode IMPORT = new ObisCode(1, 0, 1, 6, 0, 255);
  private static final ObisCode CONFIGURABLE_PERIOD_IMPORT = new ObisCode(1, 0, 1, 6, 1, 255);
  private static final ObisCode EXPORT = new ObisCode(1, 0, 2, 6, 0, 255);

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS57");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    AccessRequestContent content = new AccessRequestContent();
    resetIfNamed(body, "MaxDemandActivePowerImportValue", IMPORT, content);
    resetIfNamed(body, "MaxDemandConfigTimeActivePowerImportValue", CONFIGURABLE_PERIOD_IMPORT, content);
    resetIfNamed(body, "MaxDemandActivePowerExportValue", EXPORT, content);
    if (content.isEmpty()) {
      throw TransformValues.invalid(body.localName(), "at least one maximum demand register to reset");
    }
    return command.build(request, content);
  }

  private static void resetIfNamed(BodyElement body, String name, ObisCode register, AccessRequestContent content) {
    if (body.child(name).isPresent()) {
      content.action(CosemClassIds.EXTENDED_REGISTER, register, CosemClassIds.RESET, DlmsData.integer(0));
    }
  }
}

package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.ControlBodyValues.UNSIGNED_INT_MAX;

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
 * 6.12 Update Device Configuration (Instantaneous Power Threshold) → ECS34: the two thresholds of
 * the active power register monitor 0-0:16.0.0.255 (class 21, attribute 2), low/medium first.
 */
final class InstantaneousPowerThresholdsTransform implements DeviceCommandTransform {

  private static final ObisCode POWER_MONITOR = new ObisCode(0, 0, 16, 0, 0, 255);
  private static final int THRESHOLDS = 2;

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS34");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    long lowMedium = TransformValues.integer(body, "LowMediumPowerThreshold", 0, UNSIGNED_INT_MAX);
    long mediumHigh = TransformValues.integer(body, "MediumHighPowerThreshold", 0, UNSIGNED_INT_MAX);
    DlmsData thresholds =
        DlmsData.array(DlmsData.doubleLongUnsigned(lowMedium), DlmsData.doubleLongUnsigned(mediumHigh));
    return command.build(request,
        new AccessRequestContent().set(CosemClassIds.REGISTER_MONITOR, POWER_MONITOR, THRESHOLDS, thresholds));
  }
}

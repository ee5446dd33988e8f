package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/** 7.12 Set Randomised Offset Limit (critical) → ECS38: seconds 0..1799 into 0-0:94.44.0.1. */
final class RandomisedOffsetLimitTransform implements DeviceCommandTransform {

  private static final ObisCode RANDOMISED_OFFSET_LIMIT = new ObisCode(0, 0, 94, 44, 0, 1);
  private static final int MAX_SECONDS = 1799;

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS38");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    int seconds =
        (int) TransformValues.integer(TransformValues.body(request), "RandomisedOffsetLimit", 0, MAX_SECONDS);
    return command.build(request, new AccessRequestContent().set(CosemClassIds.DATA,
        RANDOMISED_OFFSET_LIMIT, CosemClassIds.VALUE, DlmsData.longUnsigned(seconds)));
  }
}

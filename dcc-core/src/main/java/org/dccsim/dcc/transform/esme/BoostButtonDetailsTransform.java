package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 7.11 Read Boost Button Details → ECS61c: the boost duration 0-0:94.44.7.255, the boost button
 * event log 0-0:99.98.20.255 over the requested period ({@link LogReadPeriod#bySecondsSince2000()}),
 * and every switch's boost membership.
 */
final class BoostButtonDetailsTransform implements DeviceCommandTransform {

  private static final ObisCode BOOST_DURATION = new ObisCode(0, 0, 94, 44, 7, 255);
  private static final ObisCode BOOST_BUTTON_LOG = new ObisCode(0, 0, 99, 98, 20, 255);

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS61c");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    LogReadPeriod period = LogReadPeriod.read(TransformValues.body(request));
    AccessRequestContent content = new AccessRequestContent()
        .get(CosemClassIds.DATA, BOOST_DURATION, CosemClassIds.VALUE)
        .getWithSelection(CosemClassIds.PROFILE_GENERIC, BOOST_BUTTON_LOG, CosemClassIds.VALUE,
            LogReadPeriod.RANGE_DESCRIPTOR, period.bySecondsSince2000());
    for (int n = 1; n <= AuxiliaryLoadObjects.SWITCHES; n++) {
      content.get(CosemClassIds.DATA, AuxiliaryLoadObjects.boostMembership(n), CosemClassIds.VALUE);
    }
    return command.build(request, content);
  }
}

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
 * 6.4.1 Update Device Configuration (Load Limiting General Settings) (critical, future-dated on the
 * device) → ECS28a: the new values (attribute 4 of the GBCS deferred-value objects) of the supply
 * state on a load limit breach (Disable: true), the power threshold, the period and the
 * restoration period, then their common activation date-time (attribute 6):
 * {@link EsmeDateTimes#executionDateTime}.
 */
final class LoadLimitSettingsTransform implements DeviceCommandTransform {

  private static final ObisCode SUPPLY_STATE = new ObisCode(0, 0, 94, 44, 0, 3);
  private static final ObisCode POWER_THRESHOLD = new ObisCode(0, 0, 94, 44, 128, 7);
  private static final ObisCode PERIOD = new ObisCode(0, 0, 94, 44, 128, 6);
  private static final ObisCode RESTORATION_PERIOD = new ObisCode(0, 0, 94, 44, 128, 8);
  private static final ObisCode[] SETTINGS = {SUPPLY_STATE, POWER_THRESHOLD, PERIOD, RESTORATION_PERIOD};
  private static final int NEW_VALUE = 4;
  private static final int ACTIVATION_TIME = 6;

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS28a");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    boolean disable = ControlBodyValues.choice(body, "LoadLimitSupplyState", "Unchanged", "Disable") == 1;
    long threshold = TransformValues.integer(body, "LoadLimitPowerThreshold", 0, UNSIGNED_INT_MAX);
    long period = TransformValues.integer(body, "LoadLimitPeriod", 0, UNSIGNED_INT_MAX);
    long restoration = TransformValues.integer(body, "LoadLimitRestorationPeriod", 0, UNSIGNED_INT_MAX);
    DlmsData activation = DlmsData.octetString(
        EsmeDateTimes.executionDateTime(TransformValues.executionDateTime(body)));
    AccessRequestContent content = new AccessRequestContent()
        .set(CosemClassIds.GBCS_DEFERRED_VALUE, SUPPLY_STATE, NEW_VALUE,
            disable ? DlmsData.BooleanValue.TRUE : DlmsData.BooleanValue.FALSE)
        .set(CosemClassIds.GBCS_DEFERRED_VALUE, POWER_THRESHOLD, NEW_VALUE, DlmsData.doubleLongUnsigned(threshold))
        .set(CosemClassIds.GBCS_DEFERRED_VALUE, PERIOD, NEW_VALUE, DlmsData.doubleLongUnsigned(period))
        .set(CosemClassIds.GBCS_DEFERRED_VALUE, RESTORATION_PERIOD, NEW_VALUE,
            DlmsData.doubleLongUnsigned(restoration));
    for (ObisCode setting : SETTINGS) {
      content.set(CosemClassIds.GBCS_DEFERRED_VALUE, setting, ACTIVATION_TIME, activation);
    }
    return command.build(request, content);
  }
}

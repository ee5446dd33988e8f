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

/**
 * 6.26 Update Device Configuration (daily resetting of Tariff Block Counter Matrix) (critical) →
 * ECS48: the execution time of the single action schedule 0-0:15.1.0.255 that resets the matrix,
 * midnight of every day when resetting is on; with resetting off the schedule is emptied (our
 * reading of "false"; RTDS has only "true").
 */
final class TariffBlockCounterResetTransform implements DeviceCommandTransform {

  private static final ObisCode BLOCK_COUNTER_RESET_SCHEDULE = new ObisCode(0, 0, 15, 1, 0, 255);
  private static final int EXECUTION_TIME = 4;
  private static final byte[] MIDNIGHT = {0, 0, 0, 0};
  private static final byte[] EVERY_DAY = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS48");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    boolean reset = TransformValues.bool(TransformValues.body(request), "DailyTariffBlockCounterMatrixReset");
    DlmsData times = reset
        ? DlmsData.array(DlmsData.structure(DlmsData.octetString(MIDNIGHT), DlmsData.octetString(EVERY_DAY)))
        : DlmsData.array();
    return command.build(request, new AccessRequestContent()
        .set(CosemClassIds.SINGLE_ACTION_SCHEDULE, BLOCK_COUNTER_RESET_SCHEDULE, EXECUTION_TIME, times));
  }
}

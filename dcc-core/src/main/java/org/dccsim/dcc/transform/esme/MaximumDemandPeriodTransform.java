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
 * 6.18.1 Set Maximum Demand Configurable Time Period → ECS37: the two entries of the maximum
 * demand schedule 0-0:12.0.0.255, every day, that start (script 1) and end (script 2) the
 * configurable period of the maximum demand script table 0-0:10.128.100.255. The entries' index
 * 0 and 1 and begin date (year 0, January) are as RTDS 4.5.0 has them.
 */
final class MaximumDemandPeriodTransform implements DeviceCommandTransform {

  private static final ObisCode MAXIMUM_DEMAND_SCHEDULE = new ObisCode(0, 0, 12, 0, 0, 255);
  private static final ObisCode MAXIMUM_DEMAND_SCRIPTS = new ObisCode(0, 0, 10, 128, 100, 255);
  private static final int ENTRIES = 2;
  private static final int START_SCRIPT = 1;
  private static final int END_SCRIPT = 2;
  private static final byte[] BEGIN_DATE = {0, 0, 1, (byte) 0xFF, (byte) 0xFF};
  private static final byte[] NO_END_DATE = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS37");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement period = TransformValues.child(TransformValues.body(request), "MaximumDemandTimePeriodSchedule");
    DlmsData entries = DlmsData.array(
        entry(0, START_SCRIPT, EsmeDateTimes.time(TransformValues.time(period, "StartTime"))),
        entry(1, END_SCRIPT, EsmeDateTimes.time(TransformValues.time(period, "EndTime"))));
    return command.build(request, new AccessRequestContent()
        .set(CosemClassIds.SCHEDULE, MAXIMUM_DEMAND_SCHEDULE, ENTRIES, entries));
  }

  private static DlmsData entry(int index, int script, byte[] time) {
    return new SchedulerEntry(index, MAXIMUM_DEMAND_SCRIPTS, script, time, SchedulerEntry.EVERY_DAY_OF_THE_WEEK,
        new boolean[0], BEGIN_DATE, NO_END_DATE).toDlms();
  }
}

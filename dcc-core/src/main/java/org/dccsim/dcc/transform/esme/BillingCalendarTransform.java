package org.dccsim.dcc.transform.esme;

import java.util.ArrayList;
import java.util.List;
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
 * 6.8 Update Device Configuration (Billing Calendar) (critical) on an ESME → ECS30 (daily, weekly
 * or monthly billing) or ECS30a (quarterly, six-monthly, yearly): the execution times of the
 * billing single action schedule 0-0:15.0.0.255, each the billing time and a COSEM date with
 * wildcards (year always any). A quarterly calendar is four dates three months apart from the
 * start month, a six-monthly one two.
 */
final class BillingCalendarTransform implements DeviceCommandTransform {

  private static final ObisCode BILLING_SCHEDULE = new ObisCode(0, 0, 15, 0, 0, 255);
  private static final int EXECUTION_TIME = 4;
  private static final int ANY = 0xFF;

  private final DlmsUseCaseCommand periodic = DlmsUseCaseCommand.of("ECS30");
  private final DlmsUseCaseCommand seasonal = DlmsUseCaseCommand.of("ECS30a");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    if (body.child("ElectricityBillingCalendar").isEmpty()) {
      throw TransformValues.invalid(body.localName() + "/ElectricityBillingCalendar", "present for an ESME");
    }
    BodyElement calendar = TransformValues.child(body, "ElectricityBillingCalendar");
    byte[] time = EsmeDateTimes.time(TransformValues.time(calendar, "BillingTime"));
    List<byte[]> dates = new ArrayList<>(4);
    DlmsUseCaseCommand command = periodic;
    if (calendar.child("Daily").isPresent()) {
      dates.add(date(ANY, ANY, ANY));
    } else if (calendar.child("Weekly").isPresent()) {
      dates.add(date(ANY, ANY, (int) TransformValues.integer(calendar, "Weekly", 1, 7)));
    } else if (calendar.child("Monthly").isPresent()) {
      dates.add(date(ANY, (int) TransformValues.integer(calendar, "Monthly", 1, 28), ANY));
    } else {
      command = seasonal;
      int periods;
      String name;
      if (calendar.child("Quarterly").isPresent()) {
        name = "Quarterly";
        periods = 4;
      } else if (calendar.child("SixMonthly").isPresent()) {
        name = "SixMonthly";
        periods = 2;
      } else if (calendar.child("Yearly").isPresent()) {
        name = "Yearly";
        periods = 1;
      } else {
        throw TransformValues.invalid(calendar.localName(),
            "one of Daily, Weekly, Monthly, Quarterly, SixMonthly, Yearly");
      }
      BodyElement start = TransformValues.child(calendar, name);
      int day = (int) TransformValues.integer(start, "DayOfMonth", 1, 28);
      int month = (int) TransformValues.integer(start, "BillingPeriodStartMonth", 1, 12);
      for (int i = 0; i < periods; i++) {
        dates.add(date((month - 1 + i * 12 / periods) % 12 + 1, day, ANY));
      }
    }
    DlmsData[] times = new DlmsData[dates.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = DlmsData.structure(DlmsData.octetString(time), DlmsData.octetString(dates.get(i)));
    }
    return command.build(request, new AccessRequestContent()
        .set(CosemClassIds.SINGLE_ACTION_SCHEDULE, BILLING_SCHEDULE, EXECUTION_TIME, DlmsData.array(times)));
  }

  /** A COSEM date: any year, the month, day of month and day of week given (0xFF any). */
  private static byte[] date(int month, int dayOfMonth, int dayOfWeek) {
    return new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) month, (byte) dayOfMonth, (byte) dayOfWeek};
  }
}

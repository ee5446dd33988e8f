package org.dccsim.dcc.transform.gas;

import static org.dccsim.dcc.transform.gas.GasValues.CANCELLED_SCHEDULE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.gbz.CalendarCommands;
import org.dccsim.gbcs.gbz.CalendarCommands.ScheduleEntry;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands.EmergencyCreditSetup;
import org.dccsim.gbcs.gbz.PrepaymentCommands.SetLowCreditWarningLevel;
import org.dccsim.gbcs.gbz.PrepaymentCommands.SetMaximumCreditLimit;
import org.dccsim.gbcs.gbz.PrepaymentCommands.SetOverallDebtCap;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * 2.1 Update Prepay Configuration on the GSME (GCS05): emergency credit, debt cap, low credit
 * warning level, maximum credit, and the non-disablement (friendly credit) calendar. Set Low
 * Credit Warning Level has no time field of its own, so its component carries the execution time
 * as the GBZ "from" date-time.
 */
final class PrepayConfigurationTransform {

  private static final int START = 0x01;
  private static final int STOP = 0x00;

  private PrepayConfigurationTransform() {}

  static GbzTransform create() {
    return new GbzTransform("GCS05", EnumSet.of(DeviceType.GSME), PrepayConfigurationTransform::commands);
  }

  private static List<ZclCall> commands(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement gas = TransformValues.child(body, "UpdatePrepayConfigGas");
    long event = ZclTimes.issuerEventId(request);
    ZclUtcTime when = GasValues.implementationTime(body);
    ZclUtcTime calendarStart = GasValues.startTime(body, CANCELLED_SCHEDULE);
    int cluster = PrepaymentCommands.CLUSTER;

    List<ZclCall> calls = new ArrayList<>();
    calls.add(ZclCall.of(cluster, new EmergencyCreditSetup(event, when,
        TransformValues.integer(gas, "EmergencyCreditLimit", 0, 0xFFFFFFFFL),
        TransformValues.integer(gas, "EmergencyCreditThreshold", 0, 0xFFFFFFFFL))));
    calls.add(ZclCall.of(cluster, new SetOverallDebtCap(0, event, when,
        TransformValues.integer(gas, "DebtRecoveryRateCap", 0, Integer.MAX_VALUE))));
    calls.add(new ZclCall(cluster, Optional.of(when),
        new SetLowCreditWarningLevel(TransformValues.integer(gas, "LowCreditThreshold", 0, 0xFFFFFFFFL))));
    calls.add(ZclCall.of(cluster, new SetMaximumCreditLimit(0, event, when,
        TransformValues.integer(gas, "MaxMeterBalance", 0, 0xFFFFFFFFL),
        TransformValues.integer(gas, "MaxCreditThreshold", 0, 0xFFFFFFFFL))));

    BodyElement calendar = TransformValues.child(gas, "GasNonDisablementCalendar");
    GasCalendars.Ids ids = new GasCalendars.Ids(event, event, GasCalendars.FRIENDLY_CREDIT);
    List<BodyElement> days = TransformValues.child(calendar, "DayProfiles").children("GasNonDisablementDayProfile");
    BodyElement weeks = TransformValues.child(calendar, "WeekProfiles");
    BodyElement seasons = TransformValues.child(calendar, "SeasonProfiles");
    calls.add(ZclCall.of(CalendarCommands.CLUSTER, GasCalendars.calendar(ids, calendarStart,
        seasons.children("Season").size(), weeks.children("WeekProfile").size(), days.size())));
    for (BodyElement day : days) {
      List<ScheduleEntry> entries = new ArrayList<>();
      for (BodyElement action : day.children("TimeStartAction")) {
        entries.add(new ScheduleEntry(GasCalendars.minutes(action, "StartTime"), nonDisablement(action)));
      }
      calls.add(ZclCall.of(CalendarCommands.CLUSTER,
          GasCalendars.day(ids, (int) TransformValues.integer(day, "GasDayName", 1, 0xFF), entries)));
    }
    for (CalendarCommands.PublishWeekProfile w : GasCalendars.weeks(ids, weeks)) {
      calls.add(ZclCall.of(CalendarCommands.CLUSTER, w));
    }
    calls.add(ZclCall.of(CalendarCommands.CLUSTER, GasCalendars.seasons(ids, seasons)));
    calls.add(ZclCall.of(CalendarCommands.CLUSTER,
        GasCalendars.specialDays(ids, calendarStart, TransformValues.child(calendar, "SpecialDays"))));
    return calls;
  }

  /** Friendly credit on (START: no disablement) or off (STOP). */
  private static int nonDisablement(BodyElement action) throws RequestRefused {
    String t = TransformValues.text(action, "NonDisablementAction");
    return switch (t) {
      case "START" -> START;
      case "STOP" -> STOP;
      default -> throw TransformValues.invalid("TimeStartAction/NonDisablementAction", "START or STOP, not '" + t + "'");
    };
  }
}

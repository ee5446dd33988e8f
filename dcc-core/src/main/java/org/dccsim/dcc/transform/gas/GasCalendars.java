package org.dccsim.dcc.transform.gas;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.CalendarCommands;
import org.dccsim.gbcs.gbz.CalendarCommands.PublishSeasons;
import org.dccsim.gbcs.gbz.CalendarCommands.PublishSpecialDays;
import org.dccsim.gbcs.gbz.CalendarCommands.PublishWeekProfile;
import org.dccsim.gbcs.gbz.CalendarCommands.ScheduleEntry;
import org.dccsim.gbcs.gbz.CalendarCommands.SeasonEntry;
import org.dccsim.gbcs.gbz.CalendarCommands.SpecialDayEntry;
import org.dccsim.gbcs.gbz.ZclDate;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * DUIS gas calendars (the tariff switching table, the non-disablement calendar) as ZigBee
 * Calendar cluster commands: one Publish Day Profile per day, one Publish Week Profile per week,
 * the seasons and the special days each in one command. Every command of one calendar carries
 * the same provider id (0), issuer event id and issuer calendar id (both the time of creation).
 */
final class GasCalendars {

  /** Calendar types: the tariff (delivered) calendar, the friendly-credit (non-disablement) one. */
  static final int TARIFF = 0x00;
  static final int FRIENDLY_CREDIT = 0x03;
  private static final int CALENDAR_TIME_REFERENCE_UTC = 0x00;

  private GasCalendars() {}

  /** The ids shared by the commands of one calendar. */
  record Ids(long issuerEventId, long issuerCalendarId, int calendarType) {}

  static CalendarCommands.PublishCalendar calendar(Ids ids, ZclUtcTime start, int seasons, int weeks, int days) {
    return new CalendarCommands.PublishCalendar(0, ids.issuerEventId(), ids.issuerCalendarId(), start,
        ids.calendarType(), CALENDAR_TIME_REFERENCE_UTC, ByteSlice.EMPTY, seasons, weeks, days);
  }

  static CalendarCommands.PublishDayProfile day(Ids ids, int dayId, List<ScheduleEntry> entries) {
    return new CalendarCommands.PublishDayProfile(0, ids.issuerEventId(), ids.issuerCalendarId(), dayId,
        entries.size(), 0, 1, ids.calendarType(), entries);
  }

  /** One Publish Week Profile per WeekProfile: WeekName and the seven ReferencedDayNames. */
  static List<PublishWeekProfile> weeks(Ids ids, BodyElement weekProfiles) throws RequestRefused {
    List<PublishWeekProfile> weeks = new ArrayList<>();
    for (BodyElement w : weekProfiles.children("WeekProfile")) {
      List<BodyElement> refs = w.children("ReferencedDayName");
      if (refs.size() != 7) {
        throw TransformValues.invalid("WeekProfile/ReferencedDayName", "seven days, not " + refs.size());
      }
      List<Integer> days = new ArrayList<>(7);
      for (BodyElement ref : refs) {
        days.add(small(ref.text().trim(), "WeekProfile/ReferencedDayName"));
      }
      weeks.add(new PublishWeekProfile(0, ids.issuerEventId(), ids.issuerCalendarId(),
          (int) TransformValues.integer(w, "WeekName", 1, 0xFF), days));
    }
    return weeks;
  }

  static PublishSeasons seasons(Ids ids, BodyElement seasons) throws RequestRefused {
    List<SeasonEntry> entries = new ArrayList<>();
    for (BodyElement s : seasons.children("Season")) {
      entries.add(new SeasonEntry(date(TransformValues.child(s, "SeasonStartDate")),
          (int) TransformValues.integer(s, "ReferencedWeekName", 1, 0xFF)));
    }
    return new PublishSeasons(0, ids.issuerEventId(), ids.issuerCalendarId(), 0, 1, entries);
  }

  static PublishSpecialDays specialDays(Ids ids, ZclUtcTime start, BodyElement specialDays) throws RequestRefused {
    List<SpecialDayEntry> days = new ArrayList<>();
    for (BodyElement d : specialDays.children("SpecialDay")) {
      days.add(new SpecialDayEntry(date(TransformValues.child(d, "Date")),
          (int) TransformValues.integer(d, "ReferencedDayName", 1, 0xFF)));
    }
    return new PublishSpecialDays(0, ids.issuerEventId(), ids.issuerCalendarId(), start, ids.calendarType(),
        days.size(), 0, 1, days);
  }

  /** A GasDateWithWildcards: each part specified or "any" (FF); the year counted from 1900. */
  static ZclDate date(BodyElement date) throws RequestRefused {
    BodyElement year = TransformValues.child(date, "GasYearWithWildcards");
    BodyElement month = TransformValues.child(date, "GasMonthWithWildcards");
    BodyElement day = TransformValues.child(date, "GasDayOfMonthWithWildcards");
    BodyElement dayOfWeek = TransformValues.child(date, "GasDayOfWeekWithWildcards");
    return new ZclDate(
        year.child("SpecifiedYear").isPresent() ? (int) TransformValues.integer(year, "SpecifiedYear", 1900, 2154) - 1900 : ZclDate.ANY,
        month.child("SpecifiedMonth").isPresent() ? (int) TransformValues.integer(month, "SpecifiedMonth", 1, 12) : ZclDate.ANY,
        day.child("SpecifiedDayOfMonth").isPresent() ? (int) TransformValues.integer(day, "SpecifiedDayOfMonth", 1, 31) : ZclDate.ANY,
        dayOfWeek.child("SpecifiedDayOfWeek").isPresent()
            ? (int) TransformValues.integer(dayOfWeek, "SpecifiedDayOfWeek", 1, 7)
            : ZclDate.ANY);
  }

  /** Minutes from midnight (UTC) of an xs:time, as day schedule entries start. */
  static int minutes(BodyElement parent, String name) throws RequestRefused {
    LocalTime t = TransformValues.time(parent, name);
    if (t.getSecond() != 0 || t.getNano() != 0) {
      throw TransformValues.invalid(parent.localName() + "/" + name, "a whole minute, not " + t);
    }
    return t.getHour() * 60 + t.getMinute();
  }

  private static int small(String text, String element) throws RequestRefused {
    try {
      int v = Integer.parseInt(text);
      if (v >= 1 && v <= 0xFF) {
        return v;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw TransformValues.invalid(element, "a day name 1..255, not '" + text + "'");
  }
}

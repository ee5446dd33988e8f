package org.dccsim.gbcs.gbz;

import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;

/** Calendar cluster (0x0707) commands, as ZigBee SE defines them and GBCS uses them. */
public final class CalendarCommands {

  public static final int CLUSTER = 0x0707;

  private static final ZclLayout<Integer> DAY_ID_REFERENCE =
      ZclLayout.of(f -> f.u8("day id reference", Integer::intValue));

  private CalendarCommands() {}

  // ------------------------------------------------------------------ client to server

  public record GetDayProfiles(long providerId, long issuerCalendarId, int startDayId, int numberOfDays)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetDayProfiles> TYPE = ZclCommandType.toServer(0x01, f -> new GetDayProfiles(
        f.u32("provider id", GetDayProfiles::providerId),
        f.u32("issuer calendar id", GetDayProfiles::issuerCalendarId),
        f.u8("start day id", GetDayProfiles::startDayId),
        f.u8("number of days", GetDayProfiles::numberOfDays)));

    @Override
    public ZclCommandType<GetDayProfiles> type() {
      return TYPE;
    }
  }

  public record GetWeekProfiles(long providerId, long issuerCalendarId, int startWeekId, int numberOfWeeks)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetWeekProfiles> TYPE = ZclCommandType.toServer(0x02, f -> new GetWeekProfiles(
        f.u32("provider id", GetWeekProfiles::providerId),
        f.u32("issuer calendar id", GetWeekProfiles::issuerCalendarId),
        f.u8("start week id", GetWeekProfiles::startWeekId),
        f.u8("number of weeks", GetWeekProfiles::numberOfWeeks)));

    @Override
    public ZclCommandType<GetWeekProfiles> type() {
      return TYPE;
    }
  }

  public record GetSeasons(long providerId, long issuerCalendarId) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetSeasons> TYPE = ZclCommandType.toServer(0x03, f -> new GetSeasons(
        f.u32("provider id", GetSeasons::providerId),
        f.u32("issuer calendar id", GetSeasons::issuerCalendarId)));

    @Override
    public ZclCommandType<GetSeasons> type() {
      return TYPE;
    }
  }

  public record GetSpecialDays(
      ZclUtcTime startTime, int numberOfEvents, int calendarType, long providerId, long issuerCalendarId)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetSpecialDays> TYPE = ZclCommandType.toServer(0x04, f -> new GetSpecialDays(
        f.time("start time", GetSpecialDays::startTime),
        f.u8("number of events", GetSpecialDays::numberOfEvents),
        f.u8("calendar type", GetSpecialDays::calendarType),
        f.u32("provider id", GetSpecialDays::providerId),
        f.u32("issuer calendar id", GetSpecialDays::issuerCalendarId)));

    @Override
    public ZclCommandType<GetSpecialDays> type() {
      return TYPE;
    }
  }

  // ------------------------------------------------------------------ server to client

  public record PublishCalendar(
      long providerId, long issuerEventId, long issuerCalendarId, ZclUtcTime startTime, int calendarType,
      int calendarTimeReference, ByteSlice calendarName, int numberOfSeasons, int numberOfWeekProfiles,
      int numberOfDayProfiles) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishCalendar> TYPE = ZclCommandType.toClient(0x00, f -> new PublishCalendar(
        f.u32("provider id", PublishCalendar::providerId),
        f.u32("issuer event id", PublishCalendar::issuerEventId),
        f.u32("issuer calendar id", PublishCalendar::issuerCalendarId),
        f.time("start time", PublishCalendar::startTime),
        f.u8("calendar type", PublishCalendar::calendarType),
        f.u8("calendar time reference", PublishCalendar::calendarTimeReference),
        f.octets("calendar name", PublishCalendar::calendarName),
        f.u8("number of seasons", PublishCalendar::numberOfSeasons),
        f.u8("number of week profiles", PublishCalendar::numberOfWeekProfiles),
        f.u8("number of day profiles", PublishCalendar::numberOfDayProfiles)));

    @Override
    public ZclCommandType<PublishCalendar> type() {
      return TYPE;
    }
  }

  /**
   * A day schedule entry: start time in minutes from midnight, and the action (price tier,
   * friendly credit enable or auxiliary switch state, by calendar type).
   */
  public record ScheduleEntry(int startTime, int action) {
    static final ZclLayout<ScheduleEntry> LAYOUT = ZclLayout.of(f -> new ScheduleEntry(
        f.u16("entry start time", ScheduleEntry::startTime),
        f.u8("entry action", ScheduleEntry::action)));
  }

  public record PublishDayProfile(
      long providerId, long issuerEventId, long issuerCalendarId, int dayId, int totalNumberOfScheduleEntries,
      int commandIndex, int totalNumberOfCommands, int calendarType, List<ScheduleEntry> entries)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishDayProfile> TYPE = ZclCommandType.toClient(0x01, f -> new PublishDayProfile(
        f.u32("provider id", PublishDayProfile::providerId),
        f.u32("issuer event id", PublishDayProfile::issuerEventId),
        f.u32("issuer calendar id", PublishDayProfile::issuerCalendarId),
        f.u8("day id", PublishDayProfile::dayId),
        f.u8("total number of schedule entries", PublishDayProfile::totalNumberOfScheduleEntries),
        f.u8("command index", PublishDayProfile::commandIndex),
        f.u8("total number of commands", PublishDayProfile::totalNumberOfCommands),
        f.u8("calendar type", PublishDayProfile::calendarType),
        f.entries(ScheduleEntry.LAYOUT, PublishDayProfile::entries)));

    public PublishDayProfile {
      entries = List.copyOf(entries);
    }

    @Override
    public ZclCommandType<PublishDayProfile> type() {
      return TYPE;
    }
  }

  /** Week profile: the day profile of each day, Monday first. */
  public record PublishWeekProfile(
      long providerId, long issuerEventId, long issuerCalendarId, int weekId, List<Integer> dayIds)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishWeekProfile> TYPE = ZclCommandType.toClient(0x02, f -> new PublishWeekProfile(
        f.u32("provider id", PublishWeekProfile::providerId),
        f.u32("issuer event id", PublishWeekProfile::issuerEventId),
        f.u32("issuer calendar id", PublishWeekProfile::issuerCalendarId),
        f.u8("week id", PublishWeekProfile::weekId),
        f.entries(7, DAY_ID_REFERENCE, PublishWeekProfile::dayIds)));

    public PublishWeekProfile {
      dayIds = List.copyOf(dayIds);
      if (dayIds.size() != 7) {
        throw new IllegalArgumentException("a week profile names seven day profiles, not " + dayIds.size());
      }
    }

    @Override
    public ZclCommandType<PublishWeekProfile> type() {
      return TYPE;
    }
  }

  public record SeasonEntry(ZclDate startDate, int weekId) {
    static final ZclLayout<SeasonEntry> LAYOUT = ZclLayout.of(f -> new SeasonEntry(
        f.date("season start date", SeasonEntry::startDate),
        f.u8("week id reference", SeasonEntry::weekId)));
  }

  public record PublishSeasons(
      long providerId, long issuerEventId, long issuerCalendarId, int commandIndex, int totalNumberOfCommands,
      List<SeasonEntry> seasons) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishSeasons> TYPE = ZclCommandType.toClient(0x03, f -> new PublishSeasons(
        f.u32("provider id", PublishSeasons::providerId),
        f.u32("issuer event id", PublishSeasons::issuerEventId),
        f.u32("issuer calendar id", PublishSeasons::issuerCalendarId),
        f.u8("command index", PublishSeasons::commandIndex),
        f.u8("total number of commands", PublishSeasons::totalNumberOfCommands),
        f.entries(SeasonEntry.LAYOUT, PublishSeasons::seasons)));

    public PublishSeasons {
      seasons = List.copyOf(seasons);
    }

    @Override
    public ZclCommandType<PublishSeasons> type() {
      return TYPE;
    }
  }

  public record SpecialDayEntry(ZclDate date, int dayId) {
    static final ZclLayout<SpecialDayEntry> LAYOUT = ZclLayout.of(f -> new SpecialDayEntry(
        f.date("special day date", SpecialDayEntry::date),
        f.u8("day id reference", SpecialDayEntry::dayId)));
  }

  public record PublishSpecialDays(
      long providerId, long issuerEventId, long issuerCalendarId, ZclUtcTime startTime, int calendarType,
      int totalNumberOfSpecialDays, int commandIndex, int totalNumberOfCommands, List<SpecialDayEntry> days)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishSpecialDays> TYPE = ZclCommandType.toClient(0x04, f -> new PublishSpecialDays(
        f.u32("provider id", PublishSpecialDays::providerId),
        f.u32("issuer event id", PublishSpecialDays::issuerEventId),
        f.u32("issuer calendar id", PublishSpecialDays::issuerCalendarId),
        f.time("start time", PublishSpecialDays::startTime),
        f.u8("calendar type", PublishSpecialDays::calendarType),
        f.u8("total number of special days", PublishSpecialDays::totalNumberOfSpecialDays),
        f.u8("command index", PublishSpecialDays::commandIndex),
        f.u8("total number of commands", PublishSpecialDays::totalNumberOfCommands),
        f.entries(SpecialDayEntry.LAYOUT, PublishSpecialDays::days)));

    public PublishSpecialDays {
      days = List.copyOf(days);
    }

    @Override
    public ZclCommandType<PublishSpecialDays> type() {
      return TYPE;
    }
  }

  /** The commands above, for decoding. */
  static final ZclClusterCommands TYPES = ZclClusterCommands.of(
      GetDayProfiles.TYPE, GetWeekProfiles.TYPE, GetSeasons.TYPE, GetSpecialDays.TYPE, PublishCalendar.TYPE,
      PublishDayProfile.TYPE, PublishWeekProfile.TYPE, PublishSeasons.TYPE, PublishSpecialDays.TYPE);
}

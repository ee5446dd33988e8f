package org.dccsim.gbcs.gbz;

import static org.dccsim.gbcs.gbz.ZclFields.octets;
import static org.dccsim.gbcs.gbz.ZclFields.u16;
import static org.dccsim.gbcs.gbz.ZclFields.u32;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Calendar cluster (0x0707) commands, as ZigBee SE defines them and GBCS uses them. */
public final class CalendarCommands {

  public static final int CLUSTER = 0x0707;

  private CalendarCommands() {}

  // ------------------------------------------------------------------ client to server

  public record GetDayProfiles(long providerId, long issuerCalendarId, int startDayId, int numberOfDays)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x01;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerCalendarId);
      w.u8(startDayId).u8(numberOfDays);
    }
  }

  public record GetWeekProfiles(long providerId, long issuerCalendarId, int startWeekId, int numberOfWeeks)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x02;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerCalendarId);
      w.u8(startWeekId).u8(numberOfWeeks);
    }
  }

  public record GetSeasons(long providerId, long issuerCalendarId) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x03;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerCalendarId);
    }
  }

  public record GetSpecialDays(
      ZclUtcTime startTime, int numberOfEvents, int calendarType, long providerId, long issuerCalendarId)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x04;
    }

    @Override
    public void writeTo(ByteWriter w) {
      startTime.writeTo(w);
      w.u8(numberOfEvents).u8(calendarType);
      u32(w, providerId);
      u32(w, issuerCalendarId);
    }
  }

  // ------------------------------------------------------------------ server to client

  public record PublishCalendar(
      long providerId, long issuerEventId, long issuerCalendarId, ZclUtcTime startTime, int calendarType,
      int calendarTimeReference, ByteSlice calendarName, int numberOfSeasons, int numberOfWeekProfiles,
      int numberOfDayProfiles) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      u32(w, issuerCalendarId);
      startTime.writeTo(w);
      w.u8(calendarType).u8(calendarTimeReference);
      octets(w, calendarName);
      w.u8(numberOfSeasons).u8(numberOfWeekProfiles).u8(numberOfDayProfiles);
    }
  }

  /**
   * A day schedule entry: start time in minutes from midnight, and the action (price tier,
   * friendly credit enable or auxiliary switch state, by calendar type).
   */
  public record ScheduleEntry(int startTime, int action) {}

  public record PublishDayProfile(
      long providerId, long issuerEventId, long issuerCalendarId, int dayId, int totalNumberOfScheduleEntries,
      int commandIndex, int totalNumberOfCommands, int calendarType, List<ScheduleEntry> entries)
      implements ZclCommand.ToClient {
    public PublishDayProfile {
      entries = List.copyOf(entries);
    }

    @Override
    public int commandId() {
      return 0x01;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      u32(w, issuerCalendarId);
      w.u8(dayId).u8(totalNumberOfScheduleEntries).u8(commandIndex).u8(totalNumberOfCommands).u8(calendarType);
      for (ScheduleEntry e : entries) {
        u16(w, e.startTime());
        w.u8(e.action());
      }
    }
  }

  /** Week profile: the day profile of each day, Monday first. */
  public record PublishWeekProfile(
      long providerId, long issuerEventId, long issuerCalendarId, int weekId, List<Integer> dayIds)
      implements ZclCommand.ToClient {
    public PublishWeekProfile {
      dayIds = List.copyOf(dayIds);
      if (dayIds.size() != 7) {
        throw new IllegalArgumentException("a week profile names seven day profiles, not " + dayIds.size());
      }
    }

    @Override
    public int commandId() {
      return 0x02;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      u32(w, issuerCalendarId);
      w.u8(weekId);
      dayIds.forEach(w::u8);
    }
  }

  public record SeasonEntry(ZclDate startDate, int weekId) {}

  public record PublishSeasons(
      long providerId, long issuerEventId, long issuerCalendarId, int commandIndex, int totalNumberOfCommands,
      List<SeasonEntry> seasons) implements ZclCommand.ToClient {
    public PublishSeasons {
      seasons = List.copyOf(seasons);
    }

    @Override
    public int commandId() {
      return 0x03;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      u32(w, issuerCalendarId);
      w.u8(commandIndex).u8(totalNumberOfCommands);
      for (SeasonEntry s : seasons) {
        s.startDate().writeTo(w);
        w.u8(s.weekId());
      }
    }
  }

  public record SpecialDayEntry(ZclDate date, int dayId) {}

  public record PublishSpecialDays(
      long providerId, long issuerEventId, long issuerCalendarId, ZclUtcTime startTime, int calendarType,
      int totalNumberOfSpecialDays, int commandIndex, int totalNumberOfCommands, List<SpecialDayEntry> days)
      implements ZclCommand.ToClient {
    public PublishSpecialDays {
      days = List.copyOf(days);
    }

    @Override
    public int commandId() {
      return 0x04;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      u32(w, issuerCalendarId);
      startTime.writeTo(w);
      w.u8(calendarType).u8(totalNumberOfSpecialDays).u8(commandIndex).u8(totalNumberOfCommands);
      for (SpecialDayEntry d : days) {
        d.date().writeTo(w);
        w.u8(d.dayId());
      }
    }
  }

  static ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    if (!h.serverToClient()) {
      return switch (h.commandId()) {
        case 0x01 -> new GetDayProfiles(u32(r, "provider id"), u32(r, "issuer calendar id"), r.u8("start day id"),
            r.u8("number of days"));
        case 0x02 -> new GetWeekProfiles(u32(r, "provider id"), u32(r, "issuer calendar id"),
            r.u8("start week id"), r.u8("number of weeks"));
        case 0x03 -> new GetSeasons(u32(r, "provider id"), u32(r, "issuer calendar id"));
        case 0x04 -> new GetSpecialDays(ZclUtcTime.read(r, "start time"), r.u8("number of events"),
            r.u8("calendar type"), u32(r, "provider id"), u32(r, "issuer calendar id"));
        default -> null;
      };
    }
    switch (h.commandId()) {
      case 0x00:
        return new PublishCalendar(u32(r, "provider id"), u32(r, "issuer event id"), u32(r, "issuer calendar id"),
            ZclUtcTime.read(r, "start time"), r.u8("calendar type"), r.u8("calendar time reference"),
            octets(r, "calendar name"), r.u8("number of seasons"), r.u8("number of week profiles"),
            r.u8("number of day profiles"));
      case 0x01: {
        long provider = u32(r, "provider id");
        long event = u32(r, "issuer event id");
        long calendar = u32(r, "issuer calendar id");
        int day = r.u8("day id");
        int totalEntries = r.u8("total number of schedule entries");
        int index = r.u8("command index");
        int total = r.u8("total number of commands");
        int type = r.u8("calendar type");
        List<ScheduleEntry> entries = new ArrayList<>();
        while (r.hasRemaining()) {
          entries.add(new ScheduleEntry(u16(r, "entry start time"), r.u8("entry action")));
        }
        return new PublishDayProfile(provider, event, calendar, day, totalEntries, index, total, type, entries);
      }
      case 0x02: {
        long provider = u32(r, "provider id");
        long event = u32(r, "issuer event id");
        long calendar = u32(r, "issuer calendar id");
        int week = r.u8("week id");
        List<Integer> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
          days.add(r.u8("day id reference"));
        }
        return new PublishWeekProfile(provider, event, calendar, week, days);
      }
      case 0x03: {
        long provider = u32(r, "provider id");
        long event = u32(r, "issuer event id");
        long calendar = u32(r, "issuer calendar id");
        int index = r.u8("command index");
        int total = r.u8("total number of commands");
        List<SeasonEntry> seasons = new ArrayList<>();
        while (r.hasRemaining()) {
          seasons.add(new SeasonEntry(ZclDate.read(r, "season start date"), r.u8("week id reference")));
        }
        return new PublishSeasons(provider, event, calendar, index, total, seasons);
      }
      case 0x04: {
        long provider = u32(r, "provider id");
        long event = u32(r, "issuer event id");
        long calendar = u32(r, "issuer calendar id");
        ZclUtcTime start = ZclUtcTime.read(r, "start time");
        int type = r.u8("calendar type");
        int totalDays = r.u8("total number of special days");
        int index = r.u8("command index");
        int total = r.u8("total number of commands");
        List<SpecialDayEntry> days = new ArrayList<>();
        while (r.hasRemaining()) {
          days.add(new SpecialDayEntry(ZclDate.read(r, "special day date"), r.u8("day id reference")));
        }
        return new PublishSpecialDays(provider, event, calendar, start, type, totalDays, index, total, days);
      }
      default:
        return null;
    }
  }
}

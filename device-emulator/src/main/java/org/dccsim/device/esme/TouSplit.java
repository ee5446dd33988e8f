package org.dccsim.device.esme;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The time-of-use split of a meter's active import (ECS17d's TOU registers): each stretch of time
 * goes to the rate the active activity calendar gives it (season profile, week profile, day
 * profile, with the active special days taking precedence), the energy of a stretch being the
 * consumption model's between its ends. The registers therefore always add up to the total import
 * register, and none ever goes back.
 *
 * <p>A calendar activation first closes the registers under the outgoing calendar (kept in a
 * manufacturer attribute of the calendar, so in the meter's memory only once it has had a tariff);
 * the incoming calendar splits only what follows. A read walks the days since that activation
 * (or since {@link #FROM} when none closed them), each a few steps.
 *
 * <p>[?] Choices: a day action's script selector is the TOU rate (1..48; anything else is rate 1);
 * the calendar's times are read as UTC; a day runs the previous day's last rate until its first
 * action; a day without a profile is rate 1; without any day profile everything is rate 1, as on a
 * meter without a tariff; what the meter imported before {@link #FROM} with no activation since
 * sits on rate 1. The block split (ECS17e's registers) is {@link BlockSplit}'s.
 *
 * <p>A twin element meter's secondary element ({@link Element#SECONDARY}) is split the same way
 * by its own calendar (0-0:13.0.1) and special days (0-0:11.0.1) into its 4 registers; [?] a rate
 * above 4 there counts as rate 1, as above 48 on the primary.
 */
final class TouSplit {

  /** The TOU registers of the primary element (ECS17d). */
  static final int TOU_RATES = 48;

  /** Where the split starts when no calendar activation closed the registers: before it, rate 1. */
  static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
  /** Manufacturer attribute of the primary calendar: {closed at (seconds since 2000), [registers]}. */
  static final int CLOSED = 128;

  /** The TOU registers of a twin element meter's secondary element (ECS17d's second array). */
  static final int SECONDARY_TOU_RATES = 4;

  private static final long DAY = 86_400;

  private TouSplit() {}

  /**
   * A metering element with its own activity calendar, special days and import: the primary
   * element, and a twin element meter's secondary element (storage heating), split alike.
   */
  enum Element {
    PRIMARY(EsmeObjectModel.PRIMARY_CALENDAR, Obis.of("0-0:11.0.0.255"), TOU_RATES),
    SECONDARY(Obis.of("0-0:13.0.1.255"), Obis.of("0-0:11.0.1.255"), SECONDARY_TOU_RATES);

    final ObisCode calendar;
    final ObisCode specialDays;
    final int rates;

    Element(ObisCode calendar, ObisCode specialDays, int rates) {
      this.calendar = calendar;
      this.specialDays = specialDays;
      this.rates = rates;
    }

    long wh(Esme esme, long epochSecond) {
      Instant at = Instant.ofEpochSecond(epochSecond);
      return this == PRIMARY ? esme.activeImportWh(at) : esme.secondaryActiveImportWh(at);
    }
  }

  /**
   * Before a calendar activation: the registers as the outgoing calendar split them, kept so that
   * the incoming calendar splits only what follows (the meter's memory: 48 values, once a tariff
   * has been activated).
   */
  static void close(Esme esme, CosemContext context) throws CosemAccessException {
    close(Element.PRIMARY, esme, context);
  }

  /** As {@link #close(Esme, CosemContext)} for {@code element}'s registers, kept in its own calendar. */
  static void close(Element element, Esme esme, CosemContext context) throws CosemAccessException {
    CosemEngine<Esme> engine = context.engine();
    long[] registers = registers(element, esme, engine, context.now());
    DlmsData[] values = new DlmsData[registers.length];
    for (int r = 0; r < values.length; r++) {
      values[r] = EsmeObjectModel.u32(registers[r]);
    }
    engine.store(esme, element.calendar, CLOSED, DlmsData.structure(
        EsmeObjectModel.u32(TimeRange.secondsSince2000(context.now())), new DlmsArray(List.of(values))));
  }

  /** Active import per TOU rate at {@code now}, rate 1 first, over {@code rates} registers. */
  static long[] registers(Esme esme, CosemEngine<Esme> engine, Instant now, int rates) {
    return registers(Element.PRIMARY, esme, engine, now, rates);
  }

  /** {@code element}'s import per TOU rate at {@code now}, rate 1 first, over its registers. */
  static long[] registers(Element element, Esme esme, CosemEngine<Esme> engine, Instant now) {
    return registers(element, esme, engine, now, element.rates);
  }

  private static long[] registers(Element element, Esme esme, CosemEngine<Esme> engine, Instant now, int rates) {
    long[] registers = new long[rates];
    long start = FROM.getEpochSecond();
    if (engine.stored(esme, element.calendar, CLOSED) instanceof Structure closed
        && closed.elements().size() == 2 && closed.elements().get(0) instanceof IntegerValue at
        && closed.elements().get(1) instanceof DlmsArray values) {
      start = TimeRange.fromSecondsSince2000(at.value()).getEpochSecond();
      for (int r = 0; r < rates && r < values.elements().size(); r++) {
        registers[r] = values.elements().get(r) instanceof IntegerValue v ? v.value() : 0;
      }
    } else {
      registers[0] = element.wh(esme, FROM.getEpochSecond());
    }
    long end = now.getEpochSecond();
    walk(element, esme, engine, start, end,
        (rate, from, to) -> registers[index(rate, rates)] += element.wh(esme, to) - element.wh(esme, from));
    return registers;
  }

  /** One stretch of time at one TOU rate, in epoch seconds. */
  interface Stretches {
    void at(int rate, long from, long to);
  }

  /**
   * The stretches from {@code start} to {@code end} (epoch seconds) each at the rate the active
   * calendar gives it, in time order (rate 1 throughout without a calendar).
   */
  static void walk(Esme esme, CosemEngine<Esme> engine, long start, long end, Stretches stretches) {
    walk(Element.PRIMARY, esme, engine, start, end, stretches);
  }

  private static void walk(Element element, Esme esme, CosemEngine<Esme> engine, long start, long end,
      Stretches stretches) {
    if (end <= start) {
      return;
    }
    Calendar calendar = Calendar.read(element, esme, engine);
    if (calendar == null) {
      stretches.at(1, start, end);
      return;
    }
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(start, DAY));
    long dayStart = day.toEpochDay() * DAY;
    int rate = calendar.lastRateOf(day.minusDays(1));
    long from = start;
    while (dayStart < end) {
      int[][] actions = calendar.actionsOf(day);
      if (actions == null) {
        actions = RATE_ONE;
      }
      for (int[] action : actions) {
        long at = dayStart + action[0];
        if (at > from && action[1] != rate) {
          long to = Math.min(at, end);
          stretches.at(rate, from, to);
          from = to;
        }
        if (at < end) {
          rate = action[1];
        }
      }
      day = day.plusDays(1);
      dayStart += DAY;
    }
    if (end > from) {
      stretches.at(rate, from, end);
    }
  }

  /** A day without a profile: rate 1 from its start. */
  private static final int[][] RATE_ONE = {{0, 1}};

  private static int index(int rate, int rates) {
    return rate >= 1 && rate <= rates ? rate - 1 : 0;
  }

  /** The active calendar, read once per split: seasons, weeks, day actions (second of day, rate), special days. */
  private record Calendar(List<Season> seasons, Map<String, int[]> weeks, Map<Integer, int[][]> days,
      List<int[]> specialDays) {

    private record Season(int year, int month, int day, String week) {}

    static Calendar read(Element element, Esme esme, CosemEngine<Esme> engine) {
      Map<Integer, int[][]> days = new HashMap<>();
      for (DlmsData d : elements(engine.stored(esme, element.calendar, 5))) {
        List<DlmsData> profile = fields(d);
        List<int[]> actions = new ArrayList<>();
        for (DlmsData a : elements(profile.size() > 1 ? profile.get(1) : null)) {
          List<DlmsData> action = fields(a);
          if (action.size() == 3) {
            byte[] t = octets(action.get(0));
            int second = t.length >= 3 ? unit(t[0]) * 3600 + unit(t[1]) * 60 + unit(t[2]) : 0;
            actions.add(new int[] {Math.min(second, (int) DAY - 1), (int) integer(action.get(2))});
          }
        }
        if (!profile.isEmpty() && !actions.isEmpty()) {
          actions.sort((x, y) -> Integer.compare(x[0], y[0]));
          days.put((int) integer(profile.get(0)), actions.toArray(new int[0][]));
        }
      }
      if (days.isEmpty()) {
        return null;
      }
      Map<String, int[]> weeks = new HashMap<>();
      for (DlmsData w : elements(engine.stored(esme, element.calendar, 4))) {
        List<DlmsData> week = fields(w);
        if (week.size() == 8) {
          int[] ids = new int[7];
          for (int i = 0; i < 7; i++) {
            ids[i] = (int) integer(week.get(i + 1));
          }
          weeks.put(Arrays.toString(octets(week.get(0))), ids);
        }
      }
      List<Season> seasons = new ArrayList<>();
      for (DlmsData s : elements(engine.stored(esme, element.calendar, 3))) {
        List<DlmsData> season = fields(s);
        byte[] start = season.size() == 3 ? octets(season.get(1)) : new byte[0];
        if (start.length >= 4) {
          int year = ((start[0] & 0xFF) << 8) | (start[1] & 0xFF);
          seasons.add(new Season(year, unit(start[2]) == 0 ? 1 : Math.min(unit(start[2]), 12),
              unit(start[3]) == 0 ? 1 : Math.min(unit(start[3]), 28), Arrays.toString(octets(season.get(2)))));
        }
      }
      List<int[]> specialDays = new ArrayList<>();
      for (DlmsData e : elements(engine.stored(esme, element.specialDays, 2))) {
        List<DlmsData> entry = fields(e);
        byte[] date = entry.size() == 3 ? octets(entry.get(1)) : new byte[0];
        if (date.length >= 4) {
          specialDays.add(new int[] {((date[0] & 0xFF) << 8) | (date[1] & 0xFF), date[2] & 0xFF, date[3] & 0xFF,
              (int) integer(entry.get(2))});
        }
      }
      return new Calendar(seasons, weeks, days, specialDays);
    }

    /** The actions of {@code day}: a special day's profile, else its season's week's; null when none. */
    int[][] actionsOf(LocalDate day) {
      for (int[] s : specialDays) {
        if ((s[0] == 0xFFFF || s[0] == day.getYear()) && (s[1] == 0xFF || s[1] == day.getMonthValue())
            && (s[2] == 0xFF || s[2] == day.getDayOfMonth())) {
          return days.get(s[3]);
        }
      }
      int[] week = weeks.get(seasonOf(day));
      return week == null ? null : days.get(week[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()]);
    }

    /** The rate at the end of {@code day}. */
    int lastRateOf(LocalDate day) {
      int[][] actions = actionsOf(day);
      return actions == null ? 1 : actions[actions.length - 1][1];
    }

    /** The week of the season begun last on or before {@code day} (a yearly season recurs). */
    private String seasonOf(LocalDate day) {
      Season best = null;
      LocalDate bestStart = null;
      Season latest = null;
      LocalDate latestStart = null;
      for (Season s : seasons) {
        LocalDate start = s.year() == 0xFFFF
            ? LocalDate.of(day.getYear(), s.month(), s.day()) : LocalDate.of(s.year(), s.month(), s.day());
        if (start.isAfter(day) && s.year() == 0xFFFF) {
          start = start.minusYears(1);
        }
        if (!start.isAfter(day) && (bestStart == null || start.isAfter(bestStart))) {
          best = s;
          bestStart = start;
        }
        if (latestStart == null || start.isAfter(latestStart)) {
          latest = s;
          latestStart = start;
        }
      }
      Season chosen = best != null ? best : latest;
      return chosen == null ? null : chosen.week();
    }

    private static List<DlmsData> elements(DlmsData d) {
      return d instanceof DlmsArray a ? a.elements() : List.of();
    }

    private static List<DlmsData> fields(DlmsData d) {
      return d instanceof Structure s ? s.elements() : List.of();
    }

    private static byte[] octets(DlmsData d) {
      return d instanceof OctetString o ? o.value().toByteArray() : new byte[0];
    }

    private static long integer(DlmsData d) {
      return d instanceof IntegerValue i ? i.value() : -1;
    }

    private static int unit(byte b) {
      int v = b & 0xFF;
      return v == 0xFF ? 0 : v;
    }
  }
}

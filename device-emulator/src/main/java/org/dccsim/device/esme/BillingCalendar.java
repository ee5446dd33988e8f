package org.dccsim.device.esme;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.Obis;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The meter's billing calendar: the execution times (attribute 4) of the single action schedule
 * 0-0:15.0.0.255, set by ECS30 (monthly) and ECS30a (any periodicity). At each of its times on the
 * meter's clock the meter bills ({@link Esme#bill}: a billing data log entry and the ECS68 alert to
 * the supplier), then looks for the next time; one billing time is pending per meter at most
 * ({@link PendingWakeUp}), so a population without billing calendars schedules nothing.
 *
 * <p>An execution time is {time (hour, minute, second, hundredths), date (year high, year low,
 * month, day of month, day of week)}. [?] Times are UTC; 0xFF in a field is any value (0 for a
 * time field); a day of month 0xFE is the last day of the month, 0xFD the one before; a day of
 * week 1..7 (Monday..Sunday) must match as well. The RTDS sets quarterly (ECS30a: 1 January, 1
 * April, 1 July, 1 October at 00:00) and monthly (ECS30: the 1st at 12:00) calendars.
 */
final class BillingCalendar {

  static final ObisCode SCHEDULE = Obis.of("0-0:15.0.0.255");
  static final int EXECUTION_TIMES = 4;
  /** Manufacturer attribute of the schedule: the billing time pending, seconds since 2000, 0 for none. */
  static final int NEXT_BILL = 128;

  private static final long DAY = 86_400;
  /** How far ahead the calendar is searched: a yearly date recurs within it. */
  private static final int HORIZON_DAYS = 367;
  private static final PendingWakeUp WAKE_UP = new PendingWakeUp(SCHEDULE, NEXT_BILL);

  private BillingCalendar() {}

  /** Keeps the next billing time after the meter's now pending (none without a calendar). */
  static void watch(Esme esme, DeviceServices services) throws CosemAccessException {
    long next = next(esme, esme.now(services).getEpochSecond());
    Instant when = Instant.ofEpochSecond(Math.max(next, 0));
    WAKE_UP.keep(esme, next, services, () -> {
      esme.bill(services);
      // a scheduler that runs tasks at once (DeviceScheduler.IMMEDIATE) gets one bill, no chain
      if (!esme.now(services).isBefore(when)) {
        watch(esme, services);
      }
    });
  }

  /** The first billing time strictly after {@code after} (epoch seconds), or -1 for none. */
  static long next(Esme esme, long after) {
    return PendingWakeUp.earliest(executionTimes(esme), after);
  }

  private static List<ExecutionTime> executionTimes(Esme esme) {
    List<ExecutionTime> out = new ArrayList<>();
    if (esme.cosemEngine().stored(esme, SCHEDULE, EXECUTION_TIMES) instanceof DlmsArray a) {
      for (DlmsData d : a.elements()) {
        ExecutionTime e = ExecutionTime.of(d);
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** One execution time: second of day, and the date fields (0xFF any). */
  private record ExecutionTime(int secondOfDay, int year, int month, int day, int dayOfWeek)
      implements PendingWakeUp.Recurring {

    static ExecutionTime of(DlmsData d) {
      if (!(d instanceof Structure s) || s.elements().size() != 2
          || !(s.elements().get(0) instanceof OctetString time) || time.value().length() < 3
          || !(s.elements().get(1) instanceof OctetString date) || date.value().length() < 5) {
        return null;
      }
      byte[] t = time.value().toByteArray();
      byte[] dt = date.value().toByteArray();
      int second = field(t[0]) * 3600 + field(t[1]) * 60 + field(t[2]);
      int year = ((dt[0] & 0xFF) << 8) | (dt[1] & 0xFF);
      return new ExecutionTime((int) Math.min(second, DAY - 1), year, dt[2] & 0xFF, dt[3] & 0xFF, dt[4] & 0xFF);
    }

    /** The first time after {@code after} (epoch seconds) this execution time falls on, or -1. */
    @Override
    public long nextAfter(long after) {
      LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(after, DAY));
      for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
        long t = day.toEpochDay() * DAY + secondOfDay;
        if (t > after && matches(day)) {
          return t;
        }
      }
      return -1;
    }

    private boolean matches(LocalDate d) {
      int length = d.lengthOfMonth();
      boolean dayMatches = day == 0xFF || day == d.getDayOfMonth()
          || day == 0xFE && d.getDayOfMonth() == length || day == 0xFD && d.getDayOfMonth() == length - 1;
      return (year == 0xFFFF || year == d.getYear()) && (month == 0xFF || month == d.getMonthValue())
          && dayMatches && (dayOfWeek == 0xFF || dayOfWeek == d.getDayOfWeek().getValue()
              - DayOfWeek.MONDAY.getValue() + 1);
    }

    private static int field(byte b) {
      return (b & 0xFF) == 0xFF ? 0 : b & 0xFF;
    }
  }
}

package org.dccsim.device.esme;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.dlms.DlmsData.BooleanValue;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The meter's auxiliary load control switches (ALCS 1..5, objects 0-1..0-5:96.3.10, attribute 2:
 * true closed, false open). The ALCS script table (0-0:10.0.103.255, ECS47 Activate / Deactivate /
 * Reset, ECS47a) switches them at once; the active ALCS calendar (schedule 0-0:12.0.2.255, set by
 * ECS46c/ECS46d) runs the same scripts at its switch times on the meter's clock. A switch's state
 * lives in the meter's COSEM memory only once it differs from the default; the next calendar
 * switch time pending (one per meter at most) lives in a manufacturer attribute of the schedule.
 *
 * <p>[?] Choices where GBCS detail was not at hand: a script selector's low nibble names the switch
 * (1..5; 0 all five, 6..15 none), its second byte's low nibble the action (1 close, 3 open, 5 reset
 * to the default state, closed; anything else changes nothing), so the RTDS selectors 0x0111,
 * 0x0312, 0x0520 read as ECS47 Activate ALCS 1, Deactivate ALCS 2, Reset all; durations and the
 * ECS47a start/end times the scripts are preceded by are not modelled; calendar times are UTC and a
 * calendar entry's special-days bits are not consulted (its weekday bits, enable flag and begin/end
 * dates are); switching raises no alert, it is logged in the auxiliary controller event log
 * ({@link EsmeEventLogs}); a future-dated calendar (ECS46c/ECS46d with an activation time) is watched
 * from one second after its activation.
 */
final class AuxiliarySwitches {

  static final int SWITCHES = 5;
  static final ObisCode SCRIPTS = Obis.of("0-0:10.0.103.255");
  static final ObisCode CALENDAR = Obis.of("0-0:12.0.2.255");
  /** The GBCS object whose activation time (attribute 6) moves the passive ALCS calendar into the active one. */
  static final ObisCode CALENDAR_ACTIVATION = Obis.of("0-0:94.44.128.35");
  /** Manufacturer attribute of the ALCS calendar: seconds since 2000 of the wake-up pending (a switch time, or just after an activation), 0 for none. */
  static final int NEXT_SWITCH = 128;

  static final int CLOSE = 1;
  static final int OPEN = 3;
  static final int RESET = 5;

  private static final int STATE = 2;
  private static final long DAY = 86_400;
  /** How far ahead the calendar is searched for its next switch time. */
  private static final int HORIZON_DAYS = 8;
  private static final byte[] SCRIPTS_NAME = {0, 0, 10, 0, 103, (byte) 0xFF};
  private static final PendingWakeUp WAKE_UP = new PendingWakeUp(CALENDAR, NEXT_SWITCH);

  private AuxiliarySwitches() {}

  /** The state object of switch {@code n} (1..5). */
  static ObisCode stateObject(int n) {
    return new ObisCode(0, n, 96, 3, 10, 255);
  }

  /** Whether switch {@code n} (1..5) is closed. */
  static boolean closed(Esme esme, int n) {
    return esme.cosemEngine().stored(esme, stateObject(n), STATE) != BooleanValue.FALSE;
  }

  /**
   * Runs the ALCS script {@code selector} on the meter (see the class's [?] reading of selectors)
   * and records it in the auxiliary controller event log ({@link EsmeEventLogs#alcs}).
   *
   * @param source {@link EsmeEventLogs#FROM_COMMAND} or {@link EsmeEventLogs#FROM_CALENDAR}
   * @param scheduled the calendar's switch time, or null
   */
  static void run(Esme esme, long selector, int source, Instant at, Instant scheduled) throws CosemAccessException {
    int target = (int) (selector & 0x0F);
    int action = (int) ((selector >> 8) & 0x0F);
    if (target > SWITCHES || (action != CLOSE && action != OPEN && action != RESET)) {
      return;
    }
    EsmeEventLogs.alcs(esme, selector, source, at, scheduled);
    CosemEngine<Esme> engine = esme.cosemEngine();
    for (int n = target == 0 ? 1 : target; n <= (target == 0 ? SWITCHES : target); n++) {
      DlmsData state = action == OPEN ? BooleanValue.FALSE : BooleanValue.TRUE;
      // a meter whose switch already holds the state writes nothing (no memory for a no-op)
      if (engine.stored(esme, stateObject(n), STATE) != state) {
        engine.store(esme, stateObject(n), STATE, state);
      }
    }
  }

  /**
   * Keeps one calendar switch pending: schedules the next switch time of the active ALCS calendar
   * after the meter's now, unless one at that time or earlier is pending already; a pending one
   * that is no longer the next (the calendar changed) finds itself replaced and does nothing.
   */
  static void watch(Esme esme, DeviceServices services) throws CosemAccessException {
    Instant now = esme.now(services);
    long next = nextSwitch(esme, now.getEpochSecond());
    long activation = pendingActivation(esme, now);
    if (activation >= 0 && (next < 0 || activation < next)) {
      next = activation; // a wake-up to watch the incoming calendar (no switch runs then unless one is due)
    }
    long wake = next;
    Instant when = Instant.ofEpochSecond(Math.max(wake, 0));
    WAKE_UP.keep(esme, wake, services, () -> {
      for (long selector : selectorsAt(esme, wake)) {
        run(esme, selector, EsmeEventLogs.FROM_CALENDAR, esme.now(services), when);
      }
      // a scheduler that runs tasks at once (DeviceScheduler.IMMEDIATE) gets one switch, no chain
      if (!esme.now(services).isBefore(when)) {
        watch(esme, services);
      }
    });
  }

  /**
   * One second after the pending activation of the passive ALCS calendar (ECS46c/ECS46d future
   * dated), in epoch seconds; -1 when none is pending. [?] One second after, so that the
   * activation (scheduled by the command, at its time) has run whatever the scheduler's order.
   */
  private static long pendingActivation(Esme esme, Instant now) {
    if (!(esme.cosemEngine().stored(esme, CALENDAR_ACTIVATION, 6) instanceof OctetString o)
        || o.value().length() != CosemDateTime.LENGTH) {
      return -1;
    }
    CosemDateTime time = CosemDateTime.of(o.value().toByteArray());
    if (time.year() == 0xFFFF) {
      return -1;
    }
    return time.localDateTime().map(t -> t.toInstant(ZoneOffset.UTC)).filter(t -> t.isAfter(now))
        .map(t -> t.getEpochSecond() + 1).orElse(-1L);
  }

  /** The first calendar switch time strictly after {@code after} (epoch seconds), or -1 for none. */
  static long nextSwitch(Esme esme, long after) {
    return PendingWakeUp.earliest(entries(esme), after);
  }

  private static long[] selectorsAt(Esme esme, long at) {
    List<Entry> entries = entries(esme);
    return entries.stream().filter(e -> e.nextAfter(at - 1) == at).mapToLong(Entry::selector).toArray();
  }

  private static List<Entry> entries(Esme esme) {
    DlmsData table = esme.cosemEngine().stored(esme, CALENDAR, 2);
    if (!(table instanceof DlmsArray a)) {
      return List.of();
    }
    return a.elements().stream().map(Entry::of).filter(e -> e != null).toList();
  }

  /** One calendar entry for the ALCS scripts: its selector, second of day, weekdays (bit 0 Monday), dates. */
  private record Entry(long selector, int secondOfDay, int weekdays, LocalDate begin, LocalDate end)
      implements PendingWakeUp.Recurring {

    static Entry of(DlmsData d) {
      if (!(d instanceof Structure s) || s.elements().size() < 10
          || !(s.elements().get(1) instanceof BooleanValue enabled) || enabled.octet() == 0
          || !(s.elements().get(2) instanceof OctetString script)
          || !Arrays.equals(script.value().toByteArray(), SCRIPTS_NAME)
          || !(s.elements().get(3) instanceof IntegerValue selector)
          || !(s.elements().get(4) instanceof OctetString time) || time.value().length() < 3
          || !(s.elements().get(6) instanceof BitString days)) {
        return null;
      }
      byte[] t = time.value().toByteArray();
      int second = unit(t[0]) * 3600 + unit(t[1]) * 60 + unit(t[2]);
      byte[] dayBits = days.value().toByteArray();
      int weekdays = 0;
      for (int i = 0; i < 7 && i < days.bits(); i++) {
        if ((dayBits[i / 8] & (0x80 >> (i % 8))) != 0) {
          weekdays |= 1 << i;
        }
      }
      return new Entry(selector.value(), Math.min(second, (int) DAY - 1), weekdays,
          date(s.elements().get(8)), date(s.elements().get(9)));
    }

    /** The first time after {@code after} (epoch seconds) this entry switches, or -1. */
    @Override
    public long nextAfter(long after) {
      LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(after, DAY));
      if (begin != null && begin.isAfter(day)) {
        day = begin;
      }
      for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
        if (end != null && day.isAfter(end)) {
          return -1;
        }
        long t = day.toEpochDay() * DAY + secondOfDay;
        if (t > after && (weekdays & (1 << (day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()))) != 0) {
          return t;
        }
      }
      return -1;
    }

    private static LocalDate date(DlmsData d) {
      if (!(d instanceof OctetString o) || o.value().length() < 4) {
        return null;
      }
      byte[] b = o.value().toByteArray();
      int year = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
      int month = b[2] & 0xFF;
      int day = b[3] & 0xFF;
      if (year == 0xFFFF || month < 1 || month > 12 || day < 1 || day > 31) {
        return null; // a wildcard: unbounded
      }
      return LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
    }

    private static int unit(byte b) {
      int v = b & 0xFF;
      return v == 0xFF ? 0 : v;
    }
  }
}

package org.dccsim.device.esme;

import java.time.Instant;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The one wake-up a meter keeps pending for a schedule of its own (ALCS calendar, billing
 * calendar, the half-hourly load limiting look and prepayment settlement): its time, in seconds since 2000, kept in a manufacturer attribute of the schedule's
 * object (0 for none), so that the meter carries nothing until it has a schedule, asking again
 * schedules nothing twice, and a wake-up the schedule has since replaced does nothing when it fires.
 * The scheduler runs on the simulation's clock, the meter on its own: its drift moves the wake-up.
 */
record PendingWakeUp(ObisCode object, int attribute) {

  /** An entry of a schedule that recurs: its first time strictly after an epoch second, or -1. */
  interface Recurring {
    long nextAfter(long after);
  }

  /** The first time strictly after {@code after} (epoch seconds) any of {@code entries} falls on, or -1. */
  static long earliest(java.util.List<? extends Recurring> entries, long after) {
    long best = -1;
    for (Recurring e : entries) {
      long t = e.nextAfter(after);
      if (t >= 0 && (best < 0 || t < best)) {
        best = t;
      }
    }
    return best;
  }

  /** What the meter does when a wake-up fires, holding its lock. */
  @FunctionalInterface
  interface Task {
    void run() throws CosemAccessException;
  }

  /** The pending wake-up in seconds since 2000; 0 for none. */
  long pending(Esme esme) {
    return esme.cosemEngine().stored(esme, object, attribute) instanceof IntegerValue v ? v.value() : 0;
  }

  /**
   * Keeps a wake-up pending at {@code epochSecond} running {@code task}; none when it is negative.
   * Does nothing when that one is pending already.
   */
  void keep(Esme esme, long epochSecond, DeviceServices services, Task task) throws CosemAccessException {
    long pending = pending(esme);
    if (epochSecond < 0) {
      if (pending != 0) {
        esme.cosemEngine().store(esme, object, attribute, EsmeObjectModel.u32(0));
      }
      return;
    }
    Instant when = Instant.ofEpochSecond(epochSecond);
    long at = TimeRange.secondsSince2000(when);
    if (pending == at && pending > TimeRange.secondsSince2000(esme.now(services))) {
      return;
    }
    esme.cosemEngine().store(esme, object, attribute, EsmeObjectModel.u32(at));
    services.scheduler().schedule(when.minus(esme.condition().clockDrift()), () -> {
      synchronized (esme) {
        try {
          if (pending(esme) != at) {
            return; // replaced since
          }
          esme.cosemEngine().store(esme, object, attribute, EsmeObjectModel.u32(0));
          task.run();
        } catch (CosemAccessException e) {
          // a fault injected on the schedule or what it drives: the meter stops following it
        }
      }
    });
  }
}

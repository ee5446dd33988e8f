package org.dccsim.device.esme;

import java.time.Instant;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.EventLogs;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.ProfileBuffer;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsTypeDescription;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * What the meter writes in its logs of events, in the row shapes the RTDS reads them in:
 *
 * <ul>
 *   <li>the event log (0-0:99.98.0.255, ECS35a; cleared by ECS15a): an entry for every alert the
 *       meter raises by its own events (load limiting, tamper, refusals);
 *   <li>the security log (0-0:99.98.1.255, ECS35b): computed from the commands the meter refused
 *       ({@link EventLogs#securityLog()});
 *   <li>the auxiliary controller event log (0-17:99.98.2.255, ECS35g; cleared by ECS15c): {time,
 *       script selector run, source, scheduled time}, an entry for every ALCS script the meter
 *       runs;
 *   <li>the power event log (0-0:99.98.4.255, ECS35e): {time, event code, seconds}, an entry when
 *       mains power returns after an outage: [?] the code of the ECS80 alert it raised (8F35, or
 *       8F36 after three minutes or more) and the outage's length in seconds (the RTDS's own codes
 *       0x8002.. and last column are not explained in public).
 * </ul>
 *
 * <p>[?] The RTDS's auxiliary controller log entries carry ECS47 script selectors (0x0111, 0x0312,
 * 0x0520, ...) as their codes, which is what dccsim writes; the meaning of their enum and last
 * column is not public: dccsim writes the source (0 the ALCS calendar, 1 a command, 2 the boost
 * button) and, for a calendar switch, the switch time in Unix seconds (0 otherwise). Each log keeps
 * its latest {@link #CAPACITY} entries.
 */
final class EsmeEventLogs {

  static final ObisCode EVENT_LOG = Obis.of("0-0:99.98.0.255");
  static final ObisCode SECURITY_LOG = Obis.of("0-0:99.98.1.255");
  static final ObisCode ALCS_LOG = Obis.of("0-17:99.98.2.255");
  static final ObisCode POWER_LOG = Obis.of("0-0:99.98.4.255");
  /** [?] Entries each log keeps. */
  static final int CAPACITY = 100;

  static final int FROM_CALENDAR = 0;
  static final int FROM_COMMAND = 1;
  static final int FROM_BOOST = 2;

  static final DlmsTypeDescription ALCS_ROW = DlmsTypeDescription.structureOf(DlmsTypeDescription.simple(6),
      DlmsTypeDescription.simple(18), DlmsTypeDescription.simple(IntegerType.ENUM.tag()), DlmsTypeDescription.simple(6));

  static final DlmsTypeDescription POWER_ROW = DlmsTypeDescription.structureOf(DlmsTypeDescription.simple(6),
      DlmsTypeDescription.simple(18), DlmsTypeDescription.simple(6));

  private EsmeEventLogs() {}

  /** Records mains power back at {@code at} after {@code outageSeconds}, with the code of the alert raised. */
  static void powerRestored(Esme esme, int code, Instant at, long outageSeconds) {
    append(esme, POWER_LOG, DlmsData.structure(DlmsData.doubleLongUnsigned(TimeRange.secondsSince2000(at)),
        DlmsData.longUnsigned(code), DlmsData.doubleLongUnsigned(outageSeconds)));
  }

  /** Records an event the meter raised an alert for. */
  static void event(Esme esme, int code, Instant at) {
    append(esme, EVENT_LOG, EventLogs.event(code, at));
  }

  /** Records an ALCS script the meter ran, from {@code source}; {@code scheduled} the calendar's switch time or null. */
  static void alcs(Esme esme, long selector, int source, Instant at, Instant scheduled) {
    append(esme, ALCS_LOG, DlmsData.structure(DlmsData.doubleLongUnsigned(TimeRange.secondsSince2000(at)),
        DlmsData.longUnsigned((int) selector), DlmsData.enumValue(source),
        DlmsData.doubleLongUnsigned(scheduled == null ? 0 : scheduled.getEpochSecond())));
  }

  private static void append(Esme esme, ObisCode log, DlmsData row) {
    try {
      ProfileBuffer.append(esme.cosemEngine(), esme, log, row, CAPACITY);
    } catch (CosemAccessException e) {
      // a fault injected on the log: the meter cannot record the event
    }
  }
}

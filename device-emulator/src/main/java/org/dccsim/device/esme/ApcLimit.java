package org.dccsim.device.esme;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * ECS47e Limit APC [n] Level: the command writes the limitation window of the auxiliary
 * proportional controller's input (start 0-0:94.44.119.3, end 0-0:94.44.119.4) or output (start
 * 0-0:94.44.121.3, end 0-0:94.44.121.4), then runs a script of the APC script table
 * (0-0:10.0.107.255); running it applies the limit: the level holds within the windows as they
 * were at that moment. The limit applied is kept in a manufacturer attribute of the script table
 * (in the meter's memory only once an APC has been limited) and the level in force at the meter's
 * now is readable in another ({@link #LEVEL_IN_FORCE}: 0 when none).
 *
 * <p>[?] Choices where GBCS detail was not at hand: the script selector is the level, as given
 * (the RTDS runs 9010 after an input window and 5476 after an output window); since the script
 * does not say which APC it limits, the level holds within either window; a window end before its
 * start, or an unset (wildcard or empty) date-time, makes that window empty; times are UTC; a new
 * script run replaces the previous limit; nothing drives a physical output (the APC outputs are
 * not modelled beyond this) and no event is logged.
 */
final class ApcLimit {

  static final ObisCode SCRIPTS = Obis.of("0-0:10.0.107.255");
  /** Manufacturer attribute of the APC script table: [level, input from, to, output from, to] (seconds since 2000). */
  static final int LIMIT = 128;
  /** Manufacturer attribute of the APC script table: the level in force at the meter's now, 0 when none. */
  static final int LEVEL_IN_FORCE = 129;

  private static final ObisCode[] WINDOWS = {
      Obis.of("0-0:94.44.119.3"), Obis.of("0-0:94.44.119.4"), Obis.of("0-0:94.44.121.3"), Obis.of("0-0:94.44.121.4")};

  private ApcLimit() {}

  /** Applies the limit of level {@code selector} within the windows configured now. */
  static void run(Esme esme, long selector, CosemContext context) throws CosemAccessException {
    CosemEngine<Esme> engine = context.engine();
    DlmsData[] limit = new DlmsData[1 + WINDOWS.length];
    limit[0] = EsmeObjectModel.u32(selector);
    for (int w = 0; w < WINDOWS.length; w++) {
      limit[1 + w] = EsmeObjectModel.u32(secondsSince2000(engine.stored(esme, WINDOWS[w], 2)));
    }
    engine.store(esme, SCRIPTS, LIMIT, new DlmsArray(List.of(limit)));
  }

  /** The level in force at {@code now}: the last limit's, within one of its windows; else 0. */
  static long levelInForce(Esme esme, CosemEngine<Esme> engine, Instant now) {
    if (!(engine.stored(esme, SCRIPTS, LIMIT) instanceof DlmsArray limit) || limit.elements().size() != 5) {
      return 0;
    }
    long t = TimeRange.secondsSince2000(now);
    for (int w = 1; w <= 3; w += 2) {
      long from = value(limit.elements().get(w));
      long to = value(limit.elements().get(w + 1));
      if (from != 0 && to != 0 && from <= t && t < to) {
        return value(limit.elements().get(0));
      }
    }
    return 0;
  }

  private static long value(DlmsData d) {
    return d instanceof IntegerValue v ? v.value() : 0;
  }

  /** A window's date-time in seconds since 2000, 0 when unset. */
  private static long secondsSince2000(DlmsData d) {
    if (!(d instanceof OctetString o) || o.value().length() != CosemDateTime.LENGTH) {
      return 0;
    }
    CosemDateTime time = CosemDateTime.of(o.value().toByteArray());
    if (time.year() == 0xFFFF) {
      return 0;
    }
    return time.localDateTime().map(l -> TimeRange.secondsSince2000(l.toInstant(ZoneOffset.UTC))).orElse(0L);
  }
}

package org.dccsim.dcc.transform;

import java.time.Instant;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/** Request times as ZigBee (ZCL) commands to a GSME or GPF carry them. */
public final class ZclTimes {

  /** The first value GBCS reserves (FFFFFFFE, FFFFFFFF: "earliest", "cancel" or "not set"). */
  private static final long RESERVED = 0xFFFFFFFEL;

  private ZclTimes() {}

  /**
   * The Issuer Event ID of a command: the time the DCC created it, as a ZigBee UTC time, so that
   * a later command always carries a larger id (ZigBee SE replaces an event by a newer one). RTDS
   * uses its own "now" (2015-01-01T00:00:00Z) in every command. [?] GBCS's exact rule was not
   * found in public text.
   */
  public static long issuerEventId(AcceptedRequest request) {
    return ZclUtcTime.of(request.receivedAt()).seconds();
  }

  /** A time as a ZigBee UTC time; refused outside 2000-01-01 .. 2136 (E45 naming {@code element}). */
  public static ZclUtcTime utc(Instant t, String element) throws RequestRefused {
    long seconds = t.getEpochSecond() - ZclUtcTime.EPOCH.getEpochSecond();
    if (seconds < 0 || seconds >= RESERVED) {
      throw TransformValues.invalid(element, "a date-time a ZigBee UTCTime holds (2000 to 2136), not " + t);
    }
    return new ZclUtcTime(seconds);
  }

  /** The xs:dateTime child {@code name} of {@code parent} as a ZigBee UTC time. */
  public static ZclUtcTime utc(BodyElement parent, String name) throws RequestRefused {
    return utc(TransformValues.dateTime(parent, name), parent.localName() + "/" + name);
  }
}

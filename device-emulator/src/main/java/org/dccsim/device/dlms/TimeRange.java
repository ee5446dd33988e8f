package org.dccsim.device.dlms;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DateTimeValue;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;

/**
 * The range of capture times a selective access by range (selector 1) asks of a profile, both
 * ends included. GBCS writes it two ways: a get-with-selection carries the range descriptor
 * {restricting object, from, to, selected values} with times as UTC seconds since 2000-01-01 (RTDS
 * ECS20a, ECS23, ECS35a); a protected read names the range as {from, to} COSEM date-times (ECS21a,
 * ECS66). A date-time with a wildcard year leaves its end open.
 */
public record TimeRange(Instant from, Instant to) {

  /** UTC seconds since 2000-01-01, the GBCS profile capture time, to the epoch. */
  public static final long EPOCH_2000 = 946_684_800L;

  public static final TimeRange ALL = new TimeRange(Instant.MIN, Instant.MAX);

  public boolean contains(Instant t) {
    return !t.isBefore(from) && !t.isAfter(to);
  }

  public boolean contains(long secondsSince2000) {
    return contains(Instant.ofEpochSecond(EPOCH_2000 + secondsSince2000));
  }

  /** The range of a selective access; {@link #ALL} without one. */
  public static TimeRange of(SelectiveAccess access) throws CosemAccessException {
    if (access == null) {
      return ALL;
    }
    if (access.selector() != 1 || !(access.parameters() instanceof Structure s)) {
      throw new CosemAccessException(AccessResult.SCOPE_OF_ACCESS_VIOLATED, "only selection by range (1)");
    }
    List<DlmsData> e = s.elements();
    if (e.size() == 4) {
      return new TimeRange(bound(e.get(1), Instant.MIN), bound(e.get(2), Instant.MAX));
    }
    if (e.size() == 2) {
      return new TimeRange(bound(e.get(0), Instant.MIN), bound(e.get(1), Instant.MAX));
    }
    throw new CosemAccessException(AccessResult.SCOPE_OF_ACCESS_VIOLATED, "a range of 2 or 4 elements");
  }

  public static Instant fromSecondsSince2000(long seconds) {
    return Instant.ofEpochSecond(EPOCH_2000 + seconds);
  }

  public static long secondsSince2000(Instant t) {
    return t.getEpochSecond() - EPOCH_2000;
  }

  private static Instant bound(DlmsData d, Instant open) throws CosemAccessException {
    if (d instanceof IntegerValue i) {
      return fromSecondsSince2000(i.value());
    }
    CosemDateTime t;
    if (d instanceof OctetString o && o.value().length() == CosemDateTime.LENGTH) {
      t = CosemDateTime.of(o.value().toByteArray());
    } else if (d instanceof DateTimeValue v) {
      t = v.value();
    } else {
      throw new CosemAccessException(AccessResult.SCOPE_OF_ACCESS_VIOLATED, "a range bound is a time");
    }
    if (t.year() == 0xFFFF) {
      return open;
    }
    return t.localDateTime().map(l -> l.toInstant(ZoneOffset.UTC)).orElseThrow(
        () -> new CosemAccessException(AccessResult.SCOPE_OF_ACCESS_VIOLATED, "a range bound is a date-time"));
  }
}

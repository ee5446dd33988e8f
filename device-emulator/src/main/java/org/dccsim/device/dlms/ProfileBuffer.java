package org.dccsim.device.dlms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.DlmsTypeDescription;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The buffer (attribute 2) of a profile generic object (class 7) as GBCS devices send it: a compact
 * array of rows whose first column is the capture time in UTC seconds since 2000, read whole or
 * selected by range. Rows come from a {@link RowSource} (the consumption model: generated for the
 * range asked, never stored) or from a pin (rows a user fixed, still selected by the range).
 */
public final class ProfileBuffer {

  /**
   * The rows of a profile within a range, oldest first.
   *
   * @param <D> the device type
   */
  @FunctionalInterface
  public interface RowSource<D> {
    void rows(D device, TimeRange range, CosemContext context, List<DlmsData> out) throws CosemAccessException;
  }

  private ProfileBuffer() {}

  /** A buffer of rows of {@code rowType} from {@code source}. */
  public static <D> CosemAttribute<D> of(DlmsTypeDescription rowType, RowSource<D> source) {
    CompactArray empty = new CompactArray(rowType, List.of());
    return CosemAttribute.selecting(empty, (device, stored, access, context) -> {
      TimeRange range = TimeRange.of(access);
      CompactArray rows = (CompactArray) stored;
      if (!rows.elements().isEmpty() || source == null) {
        return select(rows, range);
      }
      List<DlmsData> out = new ArrayList<>();
      source.rows(device, range, context, out);
      return new CompactArray(rowType, out);
    });
  }

  /** A buffer of events: empty until rows are pinned (the device records none of its own yet). */
  public static <D> CosemAttribute<D> log(DlmsTypeDescription rowType) {
    return of(rowType, null);
  }

  /**
   * Records {@code row} at the end of the log {@code log} (attribute 2), dropping the oldest rows
   * beyond {@code capacity}: how a device writes its event logs, billing data log and boost log.
   *
   * @throws CosemAccessException when a fault is injected on the log
   */
  public static <D extends CosemDevice> void append(CosemEngine<D> engine, D device, ObisCode log, DlmsData row,
      int capacity) throws CosemAccessException {
    CompactArray buffer = (CompactArray) engine.stored(device, log, 2);
    List<DlmsData> rows = new ArrayList<>(Math.min(buffer.elements().size() + 1, capacity));
    int from = Math.max(0, buffer.elements().size() + 1 - capacity);
    rows.addAll(buffer.elements().subList(from, buffer.elements().size()));
    rows.add(row);
    engine.store(device, log, 2, new CompactArray(buffer.description(), rows));
  }

  /** The rows of {@code buffer} whose capture time (first column) lies in {@code range}. */
  public static CompactArray select(CompactArray buffer, TimeRange range) {
    if (range == TimeRange.ALL) {
      return buffer;
    }
    List<DlmsData> rows = new ArrayList<>();
    for (DlmsData row : buffer.elements()) {
      if (row instanceof Structure s && !s.elements().isEmpty() && s.elements().get(0) instanceof IntegerValue t
          && range.contains(t.value())) {
        rows.add(row);
      }
    }
    return new CompactArray(buffer.description(), rows);
  }

  /** The capture times of a profile of fixed period within a range, at most {@code limit} of the latest. */
  public static List<Instant> captureTimes(TimeRange range, Instant now, long periodSeconds, int limit) {
    Instant to = range.to().isAfter(now) ? now : range.to();
    long last = Math.floorDiv(to.getEpochSecond(), periodSeconds) * periodSeconds;
    long firstAllowed = range.from() == Instant.MIN ? Long.MIN_VALUE : range.from().getEpochSecond();
    List<Instant> times = new ArrayList<>();
    for (long t = last; t >= firstAllowed && times.size() < limit; t -= periodSeconds) {
      times.add(Instant.ofEpochSecond(t));
    }
    java.util.Collections.reverse(times);
    return times;
  }
}

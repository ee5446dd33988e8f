package org.dccsim.device.zcl;

import java.util.function.IntFunction;

/** A device's log kept as a bare array (no list object per device): oldest first, bounded. */
public final class BoundedLog {

  private BoundedLog() {}

  /** {@code log} (null when empty) with {@code entry} added last, the oldest dropped beyond {@code capacity}. */
  public static <T> T[] append(T[] log, T entry, int capacity, IntFunction<T[]> newArray) {
    int n = log == null ? 0 : log.length;
    T[] next = newArray.apply(Math.min(n + 1, capacity));
    int keep = next.length - 1;
    if (keep > 0) {
      System.arraycopy(log, n - keep, next, 0, keep);
    }
    next[keep] = entry;
    return next;
  }
}

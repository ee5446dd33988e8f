package org.dccsim.device.network;

/**
 * A radio cell of the WAN: the premises in it share its capacity (a token bucket of messages per
 * second of simulation time) and its messages keep their order (a message never overtakes an
 * earlier one of the same cell, whatever latency each drew), so commands reach a device in the
 * order the DCC sent them, as their counters require.
 */
public final class Cell {

  final int lane;
  private final double tokensPerNano;
  private final int burst;
  private long lastNanos = Long.MIN_VALUE;
  private double tokens;
  private long refilledAt = Long.MIN_VALUE;

  Cell(int lane, double messagesPerSecond, int burst) {
    this.lane = lane;
    this.tokensPerNano = messagesPerSecond / 1e9;
    this.burst = burst;
    this.tokens = burst;
  }

  /**
   * Reserves the cell for one message that could go at {@code earliestNanos} (simulation time in
   * nanoseconds since the epoch) and returns when it goes: not before the cell's previous message,
   * and not before the cell has capacity.
   */
  synchronized long reserve(long earliestNanos) {
    long t = Math.max(earliestNanos, lastNanos);
    if (tokensPerNano > 0) {
      if (refilledAt != Long.MIN_VALUE) {
        tokens = Math.min(burst, tokens + (t - refilledAt) * tokensPerNano);
      }
      if (tokens < 1) {
        t += (long) Math.ceil((1 - tokens) / tokensPerNano);
        tokens = 1;
      }
      tokens -= 1;
      refilledAt = t;
    }
    lastNanos = t;
    return t;
  }
}

package org.dccsim.dcc.wan;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.dccsim.gbcs.DeviceType;

/**
 * How long the DCC waits for a device's response before it answers E21, by device type: a GSME
 * sleeps between polls of its mailbox, so a command to it waits longer than one to a mains-powered
 * device.
 */
public final class ResponseTimeouts {

  private final Duration standard;
  private final EnumMap<DeviceType, Duration> byType;

  private ResponseTimeouts(Duration standard, Map<DeviceType, Duration> byType) {
    this.standard = positive(standard, "standard");
    this.byType = byType.isEmpty() ? new EnumMap<>(DeviceType.class) : new EnumMap<>(byType);
  }

  /** The same timeout for every device type. */
  public static ResponseTimeouts of(Duration standard) {
    return new ResponseTimeouts(standard, Map.of());
  }

  /** These timeouts with {@code timeout} for devices of {@code type}. */
  public ResponseTimeouts with(DeviceType type, Duration timeout) {
    EnumMap<DeviceType, Duration> m = new EnumMap<>(DeviceType.class);
    m.putAll(byType);
    m.put(Objects.requireNonNull(type, "type"), positive(timeout, type.name()));
    return new ResponseTimeouts(standard, m);
  }

  public Duration forType(DeviceType type) {
    return byType.getOrDefault(type, standard);
  }

  /**
   * The wall-clock timeouts when the network runs {@code factor} times faster than real time (the
   * timer runs on the wall clock); at least a millisecond.
   */
  public ResponseTimeouts acceleratedBy(double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("time factor must be positive: " + factor);
    }
    EnumMap<DeviceType, Duration> m = new EnumMap<>(DeviceType.class);
    byType.forEach((t, d) -> m.put(t, scaled(d, factor)));
    return new ResponseTimeouts(scaled(standard, factor), m);
  }

  private static Duration scaled(Duration d, double factor) {
    return Duration.ofNanos(Math.max(1_000_000L, (long) (d.toNanos() / factor)));
  }

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("response timeout for " + what + " must be positive: " + d);
    }
    return d;
  }

  @Override
  public String toString() {
    return "standard " + standard + (byType.isEmpty() ? "" : ", " + byType);
  }
}

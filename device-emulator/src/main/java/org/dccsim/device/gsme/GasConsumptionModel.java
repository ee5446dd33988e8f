package org.dccsim.device.gsme;

import java.time.Instant;

/**
 * Gas consumption as a pure function of a seed and the time, so that readings and profiles are
 * generated on demand and never stored: a seeded yearly use (8,000 to 20,000 kWh, i.e. about 750
 * to 1,850 m³) with winter use about four times summer use. The volume meter reads in dm³
 * (m³ with divisor 1000).
 */
public final class GasConsumptionModel {

  private static final double YEAR_SECONDS = 365.2425 * 86_400;
  private static final double SEASONAL = 0.6;
  /** Mid-January, when use peaks (seconds of the year). */
  private static final double PEAK = 14 * 86_400;

  private GasConsumptionModel() {}

  /** The cumulative volume in dm³ at {@code at}: non-decreasing in time. */
  public static long volumeDm3(long seed, Instant at) {
    long mixed = mix(seed);
    double yearlyDm3 = 750_000 + (mixed >>> 11) % 1_100_000;
    double perSecond = yearlyDm3 / YEAR_SECONDS;
    double t = at.getEpochSecond();
    double phase = 2 * Math.PI * (t - PEAK) / YEAR_SECONDS;
    // the integral of perSecond * (1 + SEASONAL cos(phase)) from the epoch
    double volume = perSecond * (t + SEASONAL * YEAR_SECONDS / (2 * Math.PI) * (Math.sin(phase) + Math.sin(2 * Math.PI * PEAK / YEAR_SECONDS)));
    long start = (mixed & 0xFFFF) * 10L; // the register a meter was installed with
    return start + Math.max(0, (long) volume);
  }

  /** SplitMix64's finaliser: spreads a seed over all 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

package org.dccsim.device.esme;

import java.time.Instant;

/**
 * Import energy of a meter as a deterministic function of its seed and the time, so that readings
 * and profiles are reproducible and cost no memory: a seeded average demand (150–950 W) accrued
 * since 2020-01-01 on a seeded starting register, with a seeded wiggle per half hour so that
 * half-hourly consumption varies. The register at the end of half hour k is
 * {@code start + k * base + w(k)} with {@code 0 <= w(k) < base / 2}: every half hour consumes
 * between base/2 and 3·base/2, so the register never goes back, and any reading or profile row is
 * computed in constant time.
 */
public final class ConsumptionModel {

  /** Seconds of one half-hour profile period. */
  public static final long HALF_HOUR = 1800;

  private static final long EPOCH_SECONDS = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

  private ConsumptionModel() {}

  /** Active import in Wh at {@code at}. */
  public static long activeImportWh(long seed, Instant at) {
    long seconds = Math.max(0, at.getEpochSecond() - EPOCH_SECONDS);
    long k = seconds / HALF_HOUR;
    long atBoundary = registerAtHalfHour(seed, k);
    long within = seconds - k * HALF_HOUR;
    long next = registerAtHalfHour(seed, k + 1);
    return atBoundary + (next - atBoundary) * within / HALF_HOUR;
  }

  /** Active import power in W at {@code at}: the half hour's energy drawn evenly over it. */
  public static long activePowerW(long seed, Instant at) {
    long k = Math.max(0, at.getEpochSecond() - EPOCH_SECONDS) / HALF_HOUR;
    return (registerAtHalfHour(seed, k + 1) - registerAtHalfHour(seed, k)) * 3600 / HALF_HOUR;
  }

  /** Active import in Wh consumed in the half hour that ends at {@code end} (a half-hour boundary). */
  public static long halfHourWh(long seed, Instant end) {
    long k = Math.floorDiv(end.getEpochSecond() - EPOCH_SECONDS, HALF_HOUR);
    return k < 1 ? 0 : registerAtHalfHour(seed, k) - registerAtHalfHour(seed, k - 1);
  }

  /** Reactive import in varh: a seeded share (5–25 %) of active import. */
  public static long reactiveImportVarh(long seed, Instant at) {
    long sharePercent = 5 + Math.floorMod(mix(seed ^ 0x9E3779B97F4A7C15L), 21);
    return activeImportWh(seed, at) * sharePercent / 100;
  }

  /** Active import of the secondary element of a twin element meter (storage heating): a seeded third. */
  public static long secondaryActiveImportWh(long seed, Instant at) {
    return activeImportWh(~seed, at) / 3;
  }

  private static long registerAtHalfHour(long seed, long k) {
    long demandW = 150 + Math.floorMod(mix(seed), 800);
    long startWh = Math.floorMod(mix(seed ^ 0x5DEECE66DL), 5_000_000);
    long base = demandW / 2; // Wh per half hour
    long wiggle = k == 0 ? 0 : Math.floorMod(mix(seed ^ k * 0x2545F4914F6CDD1DL), base / 2);
    return startWh + k * base + wiggle;
  }

  /** SplitMix64's finaliser: spreads a seed over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

package org.dccsim.device.esme;

import java.time.Instant;

/**
 * Import energy of a meter as a deterministic function of its seed and the time, so that readings
 * are reproducible and cost no memory per reading: a constant average demand between 150 W and
 * 950 W chosen by the seed, accrued since 2020-01-01, plus a seeded starting register.
 */
public final class ConsumptionModel {

  private static final long EPOCH_SECONDS = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  private ConsumptionModel() {}

  /** Active import in Wh at {@code at}. */
  public static long activeImportWh(long seed, Instant at) {
    long demandW = 150 + Math.floorMod(mix(seed), 800);
    long startWh = Math.floorMod(mix(seed ^ 0x5DEECE66DL), 5_000_000);
    long seconds = Math.max(0, at.getEpochSecond() - EPOCH_SECONDS);
    return startWh + demandW * seconds / 3600;
  }

  /** Reactive import in varh: a seeded share (5–25 %) of active import. */
  public static long reactiveImportVarh(long seed, Instant at) {
    long sharePercent = 5 + Math.floorMod(mix(seed ^ 0x9E3779B97F4A7C15L), 21);
    return activeImportWh(seed, at) * sharePercent / 100;
  }

  /** SplitMix64's finaliser: spreads a seed over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

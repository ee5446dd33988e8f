package org.dccsim.device.network;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One-way latency of a network hop: log-normal with the given median and 99th percentile (the
 * long right tail of radio networks), or fixed when the two are equal.
 */
public record LatencyModel(Duration median, Duration p99) {

  private static final double Z99 = 2.326347874;

  public LatencyModel {
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(p99, "p99");
    if (median.isNegative() || p99.compareTo(median) < 0) {
      throw new IllegalArgumentException("latency needs 0 ≤ median ≤ p99, not " + median + " / " + p99);
    }
  }

  public static LatencyModel fixed(Duration latency) {
    return new LatencyModel(latency, latency);
  }

  /** A latency drawn from the model. */
  public Duration sample(RandomGenerator random) {
    long m = median.toNanos();
    if (m == 0 || p99.equals(median)) {
      return median;
    }
    double sigma = Math.log((double) p99.toNanos() / m) / Z99;
    return Duration.ofNanos((long) (m * Math.exp(sigma * random.nextGaussian())));
  }
}

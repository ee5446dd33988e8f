package org.dccsim.dcc.anomaly;

import java.time.Duration;
import java.util.Map;

/**
 * Threshold Anomaly Detection settings (SEC Appendix AA in outline; the values are dccsim's, as
 * no public defaults exist). Counts are per window. Per (User, SRV): a warning level that only
 * logs and a quarantine level; DCC-wide per SRV: a quarantine level over all Users. A per-SRV
 * entry overrides the defaults; {@code 0} disables a level.
 */
public record AnomalyThresholds(
    Duration window,
    long userWarning,
    long userQuarantine,
    long dccQuarantine,
    Map<String, Levels> perVariant) {

  /** Levels for one Service Reference Variant. */
  public record Levels(long userWarning, long userQuarantine, long dccQuarantine) {}

  public AnomalyThresholds {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("anomaly window must be positive: " + window);
    }
    perVariant = Map.copyOf(perVariant);
  }

  /** One hour windows; a User quarantined above 1000 requests of one SRV, warned above 800. */
  public static AnomalyThresholds defaults() {
    return new AnomalyThresholds(Duration.ofHours(1), 800, 1000, 0, Map.of());
  }

  public Levels levelsFor(String variant) {
    Levels l = perVariant.get(variant);
    return l != null ? l : new Levels(userWarning, userQuarantine, dccQuarantine);
  }
}

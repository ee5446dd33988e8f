package org.dccsim.dcc.anomaly;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.dccsim.smki.Eui64;

/**
 * Counts Service Requests per (User, SRV) and per SRV across all Users in tumbling windows of the
 * configured length, aligned to the epoch, and says when a count passes a threshold. Counting
 * happens after the signature and access checks, so only authenticated traffic counts.
 * Quarantined requests count too: they are excess communications.
 */
public final class AnomalyDetector {

  private volatile AnomalyThresholds thresholds;
  private final ConcurrentHashMap<UserVariant, WindowCount> perUser = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, WindowCount> perVariant = new ConcurrentHashMap<>();

  public AnomalyDetector(AnomalyThresholds thresholds) {
    this.thresholds = thresholds;
  }

  public AnomalyThresholds thresholds() {
    return thresholds;
  }

  /** Security reviewers retune thresholds while dccsim runs; counts carry over. */
  public void update(AnomalyThresholds newThresholds) {
    this.thresholds = newThresholds;
  }

  public AnomalyVerdict count(Eui64 user, String variant, Instant now) {
    AnomalyThresholds t = thresholds;
    long windowMillis = t.window().toMillis();
    long windowStart = Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis;
    AnomalyThresholds.Levels levels = t.levelsFor(variant);

    long dccCount = perVariant.computeIfAbsent(variant, v -> new WindowCount()).increment(windowStart);
    long userCount = perUser.computeIfAbsent(new UserVariant(user, variant), k -> new WindowCount()).increment(windowStart);

    if (levels.dccQuarantine() > 0 && dccCount > levels.dccQuarantine()) {
      return new AnomalyVerdict(AnomalyVerdict.Kind.QUARANTINE_DCC, dccCount, levels.dccQuarantine());
    }
    if (levels.userQuarantine() > 0 && userCount > levels.userQuarantine()) {
      return new AnomalyVerdict(AnomalyVerdict.Kind.QUARANTINE_USER, userCount, levels.userQuarantine());
    }
    if (levels.userWarning() > 0 && userCount > levels.userWarning()) {
      return new AnomalyVerdict(AnomalyVerdict.Kind.WARN, userCount, levels.userWarning());
    }
    return new AnomalyVerdict(AnomalyVerdict.Kind.PASS, userCount, 0);
  }

  private record UserVariant(Eui64 user, String variant) {}

  private static final class WindowCount {
    private long windowStart = Long.MIN_VALUE;
    private long count;

    synchronized long increment(long currentWindowStart) {
      if (currentWindowStart != windowStart) {
        windowStart = currentWindowStart;
        count = 0;
      }
      return ++count;
    }
  }
}

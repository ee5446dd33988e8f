package org.dccsim.device.network;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.dccsim.device.CspRegion;

/**
 * The emulated SM WAN and HAN.
 *
 * @param regions the WAN of each CSP region
 * @param hanLatency one HAN hop, Comms Hub to device or back
 * @param gsmeWakeInterval how often a GSME wakes to collect what its Comms Hub holds for it (GBCS
 *     devices poll about every 30 minutes; the default is 30 seconds so that a User's test does not
 *     wait; see docs/network.md)
 * @param demoRegion the region of premises built outside a population (the demo premises)
 */
public record WanSettings(
    Map<CspRegion, RegionSettings> regions, Duration hanLatency, Duration gsmeWakeInterval, CspRegion demoRegion) {

  public WanSettings {
    regions = Map.copyOf(regions);
    for (CspRegion r : CspRegion.values()) {
      if (!regions.containsKey(r)) {
        throw new IllegalArgumentException("no settings for region " + r);
      }
    }
    Objects.requireNonNull(hanLatency, "hanLatency");
    if (hanLatency.isNegative()) {
      throw new IllegalArgumentException("the HAN latency cannot be negative, not " + hanLatency);
    }
    if (gsmeWakeInterval.isNegative() || gsmeWakeInterval.isZero()) {
      throw new IllegalArgumentException("the GSME wake interval must be positive");
    }
  }

  public static WanSettings defaults() {
    Map<CspRegion, RegionSettings> m = new EnumMap<>(CspRegion.class);
    for (CspRegion r : CspRegion.values()) {
      m.put(r, RegionSettings.defaults());
    }
    return new WanSettings(m, Duration.ofMillis(1), Duration.ofSeconds(30), CspRegion.CENTRAL);
  }

  public RegionSettings region(CspRegion r) {
    return regions.get(r);
  }

  /** These settings with every region changed by {@code change}. */
  public WanSettings withEveryRegion(UnaryOperator<RegionSettings> change) {
    Map<CspRegion, RegionSettings> m = new EnumMap<>(CspRegion.class);
    regions.forEach((r, s) -> m.put(r, change.apply(s)));
    return new WanSettings(m, hanLatency, gsmeWakeInterval, demoRegion);
  }

  public WanSettings withRegion(CspRegion r, RegionSettings s) {
    Map<CspRegion, RegionSettings> m = new EnumMap<>(regions);
    m.put(r, s);
    return new WanSettings(m, hanLatency, gsmeWakeInterval, demoRegion);
  }

  public WanSettings withHan(Duration latency, Duration wakeInterval) {
    return new WanSettings(regions, latency, wakeInterval, demoRegion);
  }
}

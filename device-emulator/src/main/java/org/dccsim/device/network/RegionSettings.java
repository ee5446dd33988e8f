package org.dccsim.device.network;

import java.time.Duration;
import java.util.Objects;

/**
 * The characteristics of one CSP region's WAN.
 *
 * @param latency one-way latency between the DCC and a Comms Hub
 * @param loss the probability that a message (either way) is lost without trace
 * @param cellPremises how many premises share a radio cell
 * @param cellMessagesPerSecond messages a cell carries per second of simulation time (both ways);
 *     more wait their turn. 0 for no limit
 * @param cellBurst how many messages a cell carries at once before the rate applies
 */
public record RegionSettings(
    LatencyModel latency, double loss, int cellPremises, double cellMessagesPerSecond, int cellBurst) {

  public RegionSettings {
    Objects.requireNonNull(latency, "latency");
    if (!(loss >= 0 && loss <= 1)) {
      throw new IllegalArgumentException("loss is a probability, not " + loss);
    }
    if (cellPremises < 1 || cellBurst < 1 || cellMessagesPerSecond < 0) {
      throw new IllegalArgumentException("cells need ≥ 1 premises, a burst ≥ 1 and a rate ≥ 0");
    }
  }

  /** 5 ms each way, nothing lost, 500 premises a cell, no throttling. */
  public static RegionSettings defaults() {
    return new RegionSettings(LatencyModel.fixed(Duration.ofMillis(5)), 0, 500, 0, 1);
  }

  public RegionSettings withLatency(LatencyModel l) {
    return new RegionSettings(l, loss, cellPremises, cellMessagesPerSecond, cellBurst);
  }

  public RegionSettings withLoss(double p) {
    return new RegionSettings(latency, p, cellPremises, cellMessagesPerSecond, cellBurst);
  }

  public RegionSettings withCellThrottle(double messagesPerSecond, int burst) {
    return new RegionSettings(latency, loss, cellPremises, messagesPerSecond, burst);
  }
}

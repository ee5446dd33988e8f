package org.dccsim.device.network;

import java.util.concurrent.atomic.LongAdder;

/** What the emulated WAN has carried, for load testers and tests. */
public final class WanStats {

  /** A snapshot. */
  public record Snapshot(
      long commandsSent, long commandsDelivered, long responses, long alerts, long lost, long undeliverable,
      long heldForSleepyDevices) {}

  final LongAdder commandsSent = new LongAdder();
  final LongAdder commandsDelivered = new LongAdder();
  final LongAdder responses = new LongAdder();
  final LongAdder alerts = new LongAdder();
  final LongAdder lost = new LongAdder();
  final LongAdder undeliverable = new LongAdder();
  final LongAdder heldForSleepyDevices = new LongAdder();

  public Snapshot snapshot() {
    return new Snapshot(commandsSent.sum(), commandsDelivered.sum(), responses.sum(), alerts.sum(), lost.sum(),
        undeliverable.sum(), heldForSleepyDevices.sum());
  }
}

package org.dccsim.device;

import java.time.Instant;

/**
 * Runs device work at a time of the simulation's clock: a future-dated command at its execution
 * time, a sleepy meter's next wake-up. The network's implementation honours accelerated time.
 */
@FunctionalInterface
public interface DeviceScheduler {

  /** Runs {@code task} at {@code at} (at once when {@code at} has passed). */
  void schedule(Instant at, Runnable task);

  /** A scheduler that runs everything at once, whatever its time (unit tests of device logic). */
  DeviceScheduler IMMEDIATE = (at, task) -> task.run();
}

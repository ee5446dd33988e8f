package org.dccsim.device.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.dccsim.device.DeviceScheduler;

/**
 * The time of the emulated network and its devices: a clock that may run faster than the wall
 * clock (long scenarios in minutes), and work scheduled on it. Work goes on numbered lanes: each
 * lane runs its tasks one at a time in the order of their times (ties in the order given), which
 * is how the network keeps each cell's messages in order without a thread per device.
 */
public interface SimulationTime extends DeviceScheduler, AutoCloseable {

  Clock clock();

  default Instant now() {
    return clock().instant();
  }

  /** How many lanes; a lane number is taken modulo this. */
  int lanes();

  /** Runs {@code task} on {@code lane} at simulation time {@code at} (at once if it has passed). */
  void schedule(Instant at, int lane, Runnable task);

  /** Runs {@code task} on {@code lane} after {@code delay} of simulation time. */
  default void after(Duration delay, int lane, Runnable task) {
    schedule(now().plus(delay), lane, task);
  }

  /** Device work (future-dated commands) runs on lane 0. */
  @Override
  default void schedule(Instant at, Runnable task) {
    schedule(at, 0, task);
  }

  /** How much faster than the wall clock simulation time runs (1 = real time). */
  double factor();

  @Override
  void close();
}

package org.dccsim.device.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulation time on the wall clock, optionally accelerated: from a start instant it advances
 * {@code factor} times as fast as {@link System#nanoTime}. Lanes are single-threaded scheduled
 * executors; a delay of simulation time d waits d / factor of real time.
 */
public final class AcceleratedTime implements SimulationTime {

  private static final Logger log = LoggerFactory.getLogger(AcceleratedTime.class);

  private final Instant start;
  private final long startNanos;
  private final double factor;
  private final ScheduledExecutorService[] lanes;
  private final Clock clock;

  /**
   * @param start the simulation instant now (e.g. the wall clock's instant for real time)
   * @param factor how much faster than real time, ≥ 1
   */
  public AcceleratedTime(Instant start, double factor, int lanes) {
    if (!(factor >= 1) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("the time factor must be ≥ 1, not " + factor);
    }
    this.start = start;
    this.startNanos = System.nanoTime();
    this.factor = factor;
    this.lanes = new ScheduledExecutorService[Math.max(1, lanes)];
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "wan-lane-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    for (int i = 0; i < this.lanes.length; i++) {
      this.lanes[i] = Executors.newSingleThreadScheduledExecutor(threads);
    }
    this.clock = new SimulatedClock(ZoneOffset.UTC);
  }

  /** Real time from the system clock, on {@code lanes} lanes. */
  public static AcceleratedTime realTime(Clock wall, int lanes) {
    return new AcceleratedTime(wall.instant(), 1, lanes);
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public int lanes() {
    return lanes.length;
  }

  @Override
  public double factor() {
    return factor;
  }

  @Override
  public void schedule(Instant at, int lane, Runnable task) {
    long simulatedNanos = Duration.between(now(), at).toNanos();
    long realNanos = simulatedNanos <= 0 ? 0 : (long) (simulatedNanos / factor);
    try {
      lanes[Math.floorMod(lane, lanes.length)].schedule(guarded(task), realNanos, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      log.debug("simulation time closed; task dropped");
    }
  }

  @Override
  public void close() {
    for (ScheduledExecutorService lane : lanes) {
      lane.shutdownNow();
    }
  }

  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        // a failing task must not stop its lane
        log.error("network task failed", e);
      }
    };
  }

  private final class SimulatedClock extends Clock {
    private final ZoneId zone;

    SimulatedClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return new SimulatedClock(newZone);
    }

    @Override
    public Instant instant() {
      long elapsed = System.nanoTime() - startNanos;
      return start.plusNanos(factor == 1 ? elapsed : (long) (elapsed * factor));
    }
  }
}

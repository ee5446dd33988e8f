package org.dccsim.device.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * Simulation time that moves only when told ({@link #advance}, {@link #runUntilIdle}): tasks run on
 * the calling thread in order of time, then of scheduling, which makes scenario tests exact and
 * repeatable. Lanes do not matter here: there is one thread.
 */
public final class ManualTime implements SimulationTime {

  private record Task(Instant at, long seq, Runnable work) implements Comparable<Task> {
    @Override
    public int compareTo(Task o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final PriorityQueue<Task> queue = new PriorityQueue<>();
  private Instant now;
  private long seq;
  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      synchronized (ManualTime.this) {
        return now;
      }
    }
  };

  public ManualTime(Instant start) {
    this.now = start;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public int lanes() {
    return 1;
  }

  @Override
  public double factor() {
    return 1;
  }

  @Override
  public synchronized void schedule(Instant at, int lane, Runnable task) {
    queue.add(new Task(at.isBefore(now) ? now : at, seq++, task));
  }

  /** Runs every task due within {@code d}, moving the clock to each one's time, then to now + d. */
  public void advance(Duration d) {
    Instant end;
    synchronized (this) {
      end = now.plus(d);
    }
    runUntil(end);
    synchronized (this) {
      if (now.isBefore(end)) {
        now = end;
      }
    }
  }

  /** Runs every task due by {@code until}, moving the clock to each one's time, then to {@code until}. */
  public void advanceTo(Instant until) {
    runUntil(until);
    synchronized (this) {
      if (now.isBefore(until)) {
        now = until;
      }
    }
  }

  /** Runs tasks until none is left (tasks may schedule more), moving the clock as they go. */
  public void runUntilIdle() {
    runUntil(Instant.MAX);
  }

  /** How many tasks wait. */
  public synchronized int pending() {
    return queue.size();
  }

  private void runUntil(Instant end) {
    while (true) {
      Task t;
      synchronized (this) {
        t = queue.peek();
        if (t == null || t.at().isAfter(end)) {
          return;
        }
        queue.poll();
        now = t.at();
      }
      t.work().run();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      queue.clear();
    }
  }
}

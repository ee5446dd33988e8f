package org.dccsim.device.esme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A clock and a scheduler the test moves by hand: tasks run in time order, at their time. */
final class ManualDeviceTime extends Clock {
  private final List<Map.Entry<Instant, Runnable>> tasks = new ArrayList<>();
  private Instant now;

  ManualDeviceTime(Instant start) {
    this.now = start;
  }

  void schedule(Instant at, Runnable task) {
    if (at.isAfter(now)) {
      tasks.add(Map.entry(at, task));
    } else {
      task.run();
    }
  }

  void advanceTo(Instant until) {
    while (true) {
      Map.Entry<Instant, Runnable> next = tasks.stream().filter(e -> !e.getKey().isAfter(until))
          .min(Map.Entry.comparingByKey(Comparator.naturalOrder())).orElse(null);
      if (next == null) {
        break;
      }
      tasks.remove(next);
      now = next.getKey();
      next.getValue().run();
    }
    now = until;
  }

  int pending() {
    return tasks.size();
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}

package org.dccsim.device.zcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dccsim.gbcs.gbz.EventsCommands;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclValue;

/**
 * What one device holds of the ZCL engine: the attribute values that differ from its type's
 * defaults, and the pins, faults, pinned answers and pending future-dated commands a User or a
 * test gave it. Every part is created on first use, so a device at rest holds only the reference
 * to this (or null).
 */
public final class ZclMemory {

  private IntKeyedOverlay<ZclValue> values;
  private IntKeyedOverlay<ZclValue> pins;
  private IntKeyedOverlay<Integer> attributeFaults;
  /** Per command: {status, successes still to allow}. */
  private IntKeyedOverlay<int[]> commandFaults;
  private IntKeyedOverlay<List<PinnedAnswer>> answers;
  private IntKeyedOverlay<Long> pending;
  /** The general event log, oldest first; null while empty. */
  private EventsCommands.LoggedEvent[] events;

  ZclValue value(int key) {
    return values == null ? null : values.get(key);
  }

  void store(int key, ZclValue value) {
    if (values == null) {
      values = new IntKeyedOverlay<>();
    }
    values.put(key, value);
  }

  /** Forgets a stored value, so the attribute reads its default again. */
  void reset(int key) {
    if (values != null && values.remove(key) && values.isEmpty()) {
      values = null;
    }
  }

  ZclValue pin(int key) {
    return pins == null ? null : pins.get(key);
  }

  void pin(int key, ZclValue value) {
    if (pins == null) {
      pins = new IntKeyedOverlay<>();
    }
    pins.put(key, value);
  }

  void unpin(int key) {
    if (pins != null && pins.remove(key) && pins.isEmpty()) {
      pins = null;
    }
  }

  Integer attributeFault(int key) {
    return attributeFaults == null ? null : attributeFaults.get(key);
  }

  void failAttribute(int key, int status) {
    if (attributeFaults == null) {
      attributeFaults = new IntKeyedOverlay<>();
    }
    attributeFaults.put(key, status);
  }

  /** The status a command fails with now, or null; counts down a fault's successes first. */
  Integer commandFault(int key) {
    int[] fault = commandFaults == null ? null : commandFaults.get(key);
    if (fault == null) {
      return null;
    }
    if (fault[1] > 0) {
      fault[1]--;
      return null;
    }
    return fault[0];
  }

  void failCommand(int key, int status, int successesFirst) {
    if (commandFaults == null) {
      commandFaults = new IntKeyedOverlay<>();
    }
    commandFaults.put(key, new int[] {status, successesFirst});
  }

  void heal() {
    attributeFaults = null;
    commandFaults = null;
  }

  private record PinnedAnswer(ZclCommand request, List<ZclResponse> replies) {}

  /** The replies pinned for {@code request} (or for any request of its command), or null. */
  List<ZclResponse> answer(int key, ZclCommand request) {
    List<PinnedAnswer> pinned = answers == null ? null : answers.get(key);
    if (pinned == null) {
      return null;
    }
    List<ZclResponse> any = null;
    for (PinnedAnswer p : pinned) {
      if (request.equals(p.request())) {
        return p.replies();
      }
      if (p.request() == null) {
        any = p.replies();
      }
    }
    return any;
  }

  void answer(int key, ZclCommand request, List<ZclResponse> replies) {
    if (answers == null) {
      answers = new IntKeyedOverlay<>();
    }
    List<PinnedAnswer> pinned = new ArrayList<>();
    List<PinnedAnswer> old = answers.get(key);
    if (old != null) {
      old.stream().filter(p -> !Objects.equals(p.request(), request)).forEach(pinned::add);
    }
    pinned.add(new PinnedAnswer(request, List.copyOf(replies)));
    answers.put(key, List.copyOf(pinned));
  }

  /** The token of the future-dated command pending under {@code key}, or null. */
  Long pending(int key) {
    return pending == null ? null : pending.get(key);
  }

  void pending(int key, long token) {
    if (pending == null) {
      pending = new IntKeyedOverlay<>();
    }
    pending.put(key, token);
  }

  void clearPending(int key) {
    if (pending != null && pending.remove(key) && pending.isEmpty()) {
      pending = null;
    }
  }

  /** The general event log, oldest first. */
  List<EventsCommands.LoggedEvent> events() {
    return events == null ? List.of() : List.of(events);
  }

  /** Adds an event to the general event log, forgetting the oldest beyond {@code capacity}. */
  void logEvent(EventsCommands.LoggedEvent event, int capacity) {
    events = BoundedLog.append(events, event, capacity, EventsCommands.LoggedEvent[]::new);
  }

  void clearEvents() {
    events = null;
  }

  /** Whether nothing at all is held (the device could drop this object). */
  public boolean isEmpty() {
    return values == null && pins == null && attributeFaults == null && commandFaults == null && answers == null
        && pending == null && events == null;
  }
}

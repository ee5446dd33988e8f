package org.dccsim.device;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A device's security log: the last commands it refused and why, oldest dropped first. Created on
 * the first refusal, so devices that never refuse anything carry none.
 */
final class SecurityLog {

  static final int CAPACITY = 16;

  private final ArrayDeque<SecurityEvent> events = new ArrayDeque<>(4);

  void add(SecurityEvent event) {
    if (events.size() == CAPACITY) {
      events.removeFirst();
    }
    events.addLast(event);
  }

  List<SecurityEvent> events() {
    return List.copyOf(events);
  }
}

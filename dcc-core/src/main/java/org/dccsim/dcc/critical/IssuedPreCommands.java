package org.dccsim.dcc.critical;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pre-Commands issued and not yet signed. A CV 5 request reuses the RequestID of the CV 4 request
 * that produced its Pre-Command; that reuse is allowed once: {@link #claim} removes the entry.
 * Entries expire after a configurable time, so a forgotten Pre-Command cannot be replayed
 * indefinitely and the map cannot grow without bound.
 */
public final class IssuedPreCommands {

  private final ConcurrentHashMap<String, IssuedPreCommand> byRequestId = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration lifetime;
  private final int capacity;

  public IssuedPreCommands(Clock clock, Duration lifetime, int capacity) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.capacity = capacity;
  }

  public void issue(IssuedPreCommand preCommand) {
    if (byRequestId.size() >= capacity) {
      expire();
    }
    byRequestId.put(preCommand.requestId(), preCommand);
  }

  /** Takes the Pre-Command issued for this RequestID, once; empty if none, used, or expired. */
  public Optional<IssuedPreCommand> claim(String requestId) {
    IssuedPreCommand p = byRequestId.remove(requestId);
    if (p == null || isExpired(p, clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  public int size() {
    return byRequestId.size();
  }

  private void expire() {
    Instant now = clock.instant();
    for (Iterator<Map.Entry<String, IssuedPreCommand>> it = byRequestId.entrySet().iterator(); it.hasNext(); ) {
      if (isExpired(it.next().getValue(), now)) {
        it.remove();
      }
    }
  }

  private boolean isExpired(IssuedPreCommand p, Instant now) {
    return p.issuedAt().plus(lifetime).isBefore(now);
  }
}

package org.dccsim.dcc.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.dccsim.smki.Eui64;

/**
 * Holds quarantined requests (the DCC's Quarantined Communications), each with a unique
 * QuarantineEventRef. Bounded: the oldest entries are dropped from the list (not from the
 * count) once the capacity is reached, so an alert storm cannot exhaust memory.
 */
public final class Quarantine {

  private final AtomicLong nextRef = new AtomicLong(1);
  private final AtomicLong total = new AtomicLong();
  private final ConcurrentLinkedDeque<QuarantinedRequest> held = new ConcurrentLinkedDeque<>();
  private final int capacity;

  public Quarantine(int capacity) {
    this.capacity = capacity;
  }

  public QuarantinedRequest hold(String requestId, Eui64 user, String variant, AnomalyVerdict verdict, Instant at) {
    QuarantinedRequest q = new QuarantinedRequest(nextRef.getAndIncrement(), requestId, user, variant, verdict, at);
    held.addLast(q);
    total.incrementAndGet();
    while (held.size() > capacity) {
      held.pollFirst();
    }
    return q;
  }

  public List<QuarantinedRequest> list() {
    return new ArrayList<>(held);
  }

  public long total() {
    return total.get();
  }
}

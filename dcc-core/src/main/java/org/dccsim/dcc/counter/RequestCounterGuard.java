package org.dccsim.dcc.counter;

import java.util.concurrent.ConcurrentHashMap;
import org.dccsim.smki.Eui64;

/**
 * The RequestID counter must strictly increase per originator (unsigned 64-bit): a replayed or
 * stale counter is refused. The counter also becomes the GBCS originator counter, and reusing one
 * would reuse a GCM key and nonce on the device link. The one exception — a CV 5 that reuses the
 * RequestID of the CV 4 that produced its Pre-Command — is decided by the caller before asking.
 */
public final class RequestCounterGuard {

  private final ConcurrentHashMap<Eui64, Long> lastAccepted = new ConcurrentHashMap<>();

  /**
   * Records {@code counter} as the originator's latest when it is greater than the last one.
   *
   * @return false (and records nothing) for a counter not greater than the last accepted
   */
  public boolean advance(Eui64 originator, long counter) {
    boolean[] accepted = {false};
    lastAccepted.compute(originator, (k, last) -> {
      if (last == null || Long.compareUnsigned(counter, last) > 0) {
        accepted[0] = true;
        return counter;
      }
      return last;
    });
    return accepted[0];
  }

  /** The last counter accepted from the originator (unsigned), or null when none yet. */
  public Long lastAccepted(Eui64 originator) {
    return lastAccepted.get(originator);
  }
}

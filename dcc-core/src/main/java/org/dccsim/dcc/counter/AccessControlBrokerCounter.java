package org.dccsim.dcc.counter;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The originator counter of the DCC's access control broker, for the commands it sends on a
 * User's behalf. Devices require each originator's counter to increase strictly; starting from the
 * clock's milliseconds keeps it increasing across restarts of dccsim.
 */
public final class AccessControlBrokerCounter {

  private final AtomicLong last;

  public AccessControlBrokerCounter(Clock clock) {
    this.last = new AtomicLong(clock.millis());
  }

  public long next() {
    return last.incrementAndGet();
  }
}

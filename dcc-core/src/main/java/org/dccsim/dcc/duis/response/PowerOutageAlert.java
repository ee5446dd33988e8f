package org.dccsim.dcc.duis.response;

import java.time.Instant;
import java.util.Objects;
import org.dccsim.smki.Eui64;

/**
 * sr:PowerOutageEvent: the Communications Service Provider reported that a Comms Hub lost mains
 * power at {@code start}; {@code mpxn} is the import MPAN of the electricity meter at the premises.
 */
public record PowerOutageAlert(Eui64 commsHub, Instant start, String mpxn) implements DccAlert {

  public PowerOutageAlert {
    Objects.requireNonNull(commsHub, "commsHub");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(mpxn, "mpxn");
    if (mpxn.isEmpty() || mpxn.length() > 13) {
      throw new IllegalArgumentException("ImportMPxN is 1 to 13 characters: '" + mpxn + "'");
    }
  }
}

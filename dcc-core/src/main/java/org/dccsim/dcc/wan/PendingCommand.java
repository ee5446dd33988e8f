package org.dccsim.dcc.wan;

import org.dccsim.dcc.duis.RequestId;
import org.dccsim.smki.Eui64;

/**
 * A command sent to a device whose response the User is waiting for. The GBCS response echoes
 * the command's originator counter, which with the device and the User identifies it.
 *
 * @param requestId the DUIS RequestID of the request that produced the command
 */
public record PendingCommand(
    Eui64 device, Eui64 user, long counter, RequestId requestId, String serviceReference, String variant) {

  /** The correlation key of the response: (device, User, counter). */
  public Key key() {
    return new Key(device, user, counter);
  }

  /** (device, User, counter): unique, as counters strictly increase per User. */
  public record Key(Eui64 device, Eui64 user, long counter) {}
}

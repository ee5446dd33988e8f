package org.dccsim.dcc.wan;

import org.dccsim.dcc.duis.RequestId;
import org.dccsim.smki.Eui64;

/**
 * A command sent to a device whose response a User is waiting for. The GBCS response goes back to
 * the command's originator (the User, or the access control broker on its behalf) and echoes its
 * counter, which with the device identifies the command.
 *
 * @param originator the command's GBCS originator
 * @param counter the command's originator counter
 * @param requestId the DUIS RequestID of the request that produced the command
 */
public record PendingCommand(
    Eui64 device, Eui64 originator, long counter, RequestId requestId, String serviceReference, String variant) {

  /** The correlation key of the response: (device, originator, counter). */
  public Key key() {
    return new Key(device, originator, counter);
  }

  /** (device, originator, counter): unique, as counters strictly increase per originator. */
  public record Key(Eui64 device, Eui64 originator, long counter) {}
}

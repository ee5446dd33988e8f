package org.dccsim.dcc.duis;

import java.util.Objects;
import org.dccsim.smki.Eui64;

/**
 * A DUIS ResponseID, "target:originator:counter": the request's IDs swapped, same counter.
 *
 * @param responder the request's target (the device that answered)
 * @param recipient the request's originator (the User)
 */
public record ResponseId(Eui64 responder, Eui64 recipient, long counter) {

  public ResponseId {
    Objects.requireNonNull(responder, "responder");
    Objects.requireNonNull(recipient, "recipient");
  }

  /** @throws IllegalArgumentException naming what is wrong */
  public static ResponseId parse(CharSequence text) {
    RequestId triple = RequestId.parse(text, "ResponseID");
    return new ResponseId(triple.originator(), triple.target(), triple.counter());
  }

  /** The RequestID this answers. */
  public RequestId requestId() {
    return new RequestId(recipient, responder, counter);
  }

  @Override
  public String toString() {
    return responder + ":" + recipient + ":" + Long.toUnsignedString(counter);
  }
}

package org.dccsim.dcc.duis;

import java.time.Instant;
import java.util.Objects;

/**
 * The body of command variants 5–7: the Pre-Command the DCC returned, now signed by the User with
 * its Supplier or Network Operator key.
 *
 * @param executionDateTime when a future-dated command is to run; null for on-demand
 * @param gbcsPayload the signed GBCS command, decoded from base64
 */
public record SignedPreCommand(Instant executionDateTime, byte[] gbcsPayload)
    implements RequestBody {

  public SignedPreCommand {
    Objects.requireNonNull(gbcsPayload, "gbcsPayload");
  }
}

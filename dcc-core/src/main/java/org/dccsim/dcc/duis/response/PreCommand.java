package org.dccsim.dcc.duis.response;

import java.util.Objects;

/**
 * sr:PreCommand, the answer to a command variant 4 transform: the GBCS command for the User to
 * sign, ending in a null signature.
 *
 * @param gbcsVersion e.g. "4.2"
 */
public record PreCommand(String gbcsVersion, byte[] gbcsPayload) implements ResponsePayload {

  public PreCommand {
    Objects.requireNonNull(gbcsVersion, "gbcsVersion");
    Objects.requireNonNull(gbcsPayload, "gbcsPayload");
  }
}

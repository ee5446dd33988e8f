package org.dccsim.dcc.duis.response;

import java.util.Objects;

/** sr:GBCSPayload: a device's GBCS response or alert, relayed as it came (written as base64). */
public record GbcsPayload(byte[] gbcs) implements ResponsePayload {

  public GbcsPayload {
    Objects.requireNonNull(gbcs, "gbcs");
  }
}

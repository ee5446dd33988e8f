package org.dccsim.gbcs.asn1;

import java.util.Objects;

/** A decoded DER payload and the length form it came in, which {@link #encode()} writes again. */
public record DecodedDerPayload(DerPayload payload, DerLengthForm lengthForm) {

  public DecodedDerPayload {
    Objects.requireNonNull(payload);
    Objects.requireNonNull(lengthForm);
  }

  /** The same bytes as decoded. */
  public byte[] encode() {
    return payload.toDer(lengthForm);
  }
}

package org.dccsim.gbcs.asn1;

import java.util.Objects;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * A certificate's subject key identifier as trust anchor cells report it: GBCS key identifiers
 * are always 8 octets (RFC 5280 method 2).
 */
public record KeyIdentifier(ByteSlice value) {

  public static final int LENGTH = 8;

  public KeyIdentifier {
    Objects.requireNonNull(value);
    if (value.length() != LENGTH) {
      throw new IllegalArgumentException("a GBCS key identifier is 8 bytes, not " + value.length());
    }
  }

  public static KeyIdentifier of(byte[] eightBytes) {
    return new KeyIdentifier(ByteSlice.copyOf(eightBytes));
  }

  static KeyIdentifier read(DerElement e) throws GbcsCodecException {
    byte[] b = e.octets();
    if (b.length != LENGTH) {
      throw e.error("a key identifier OCTET STRING of 8 bytes, not " + b.length);
    }
    return of(b);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

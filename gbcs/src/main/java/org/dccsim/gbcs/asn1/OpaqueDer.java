package org.dccsim.gbcs.asn1;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * A signed DER object inside a payload (certificate, certification request), which encoding must
 * copy as it is whatever the payload's {@link DerLengthForm}: changing its lengths would change
 * what its signature covers.
 */
final class OpaqueDer implements ASN1Encodable {

  private final ByteSlice der;
  private final ASN1Primitive parsed;

  OpaqueDer(ByteSlice der, ASN1Primitive parsed) {
    this.der = der;
    this.parsed = parsed;
  }

  ByteSlice der() {
    return der;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return parsed;
  }
}

package org.dccsim.gbcs.asn1;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.x509.Certificate;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * A signed DER object inside a payload (certificate, certification request), which encoding must
 * copy as it is whatever the payload's {@link DerLengthForm}: changing its lengths would change
 * what its signature covers. It keeps its parsed form too, so that encoding a payload does not
 * parse it again. Equal when the encodings are.
 */
final class OpaqueDer implements ASN1Encodable {

  /** A signed structure as BouncyCastle reads it, and how an error names it. */
  record Structure(String name, Function<Object, ?> reader) {
    boolean matches(ASN1Primitive value) {
      try {
        reader.apply(value);
        return true;
      } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
        return false;
      }
    }
  }

  static final Structure CERTIFICATE = new Structure("an X.509 Certificate", Certificate::getInstance);
  static final Structure CERTIFICATION_REQUEST =
      new Structure("a PKCS #10 CertificationRequest", CertificationRequest::getInstance);

  private final ByteSlice der;
  private final ASN1Primitive parsed;

  OpaqueDer(ByteSlice der, ASN1Primitive parsed) {
    this.der = der;
    this.parsed = parsed;
  }

  /** @throws IllegalArgumentException unless {@code der} is the DER encoding of {@code structure} */
  static OpaqueDer parse(byte[] der, Structure structure) {
    Objects.requireNonNull(der);
    ASN1Primitive parsed;
    try {
      parsed = ASN1Primitive.fromByteArray(der);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not DER: " + e.getMessage(), e);
    }
    if (!structure.matches(parsed) || !Arrays.equals(der, DerElement.encoded(parsed))) {
      throw new IllegalArgumentException("not the DER encoding of " + structure.name());
    }
    return new OpaqueDer(ByteSlice.copyOf(der), parsed);
  }

  ByteSlice der() {
    return der;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return parsed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpaqueDer d && der.equals(d.der);
  }

  @Override
  public int hashCode() {
    return der.hashCode();
  }
}

package org.dccsim.gbcs.asn1;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * The PKCS #10 certification request a device returns for CS02c (Issue Security Credentials),
 * kept as its DER encoding; it has been checked to be a CertificationRequest structure. Equal
 * when the encodings are.
 */
public final class EncodedCertificationRequest {

  private final ByteSlice der;
  private final ASN1Primitive parsed;

  private EncodedCertificationRequest(ByteSlice der, ASN1Primitive parsed) {
    this.der = der;
    this.parsed = parsed;
  }

  /** @throws IllegalArgumentException unless {@code der} is the DER encoding of a request */
  public static EncodedCertificationRequest of(byte[] der) {
    Objects.requireNonNull(der);
    ASN1Primitive parsed;
    try {
      parsed = ASN1Primitive.fromByteArray(der);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not DER: " + e.getMessage(), e);
    }
    if (!isCertificationRequest(parsed) || !Arrays.equals(der, DerElement.encoded(parsed))) {
      throw new IllegalArgumentException("not the DER encoding of a PKCS #10 CertificationRequest");
    }
    return new EncodedCertificationRequest(ByteSlice.copyOf(der), parsed);
  }

  static EncodedCertificationRequest decoded(ASN1Primitive parsed, byte[] der) {
    return new EncodedCertificationRequest(ByteSlice.copyOf(der), parsed);
  }

  public ByteSlice der() {
    return der;
  }

  /** The request as BouncyCastle reads it (subject public key, attributes, signature). */
  public CertificationRequest toBouncyCastle() {
    return CertificationRequest.getInstance(parsed);
  }

  static boolean isCertificationRequest(ASN1Primitive value) {
    try {
      CertificationRequest.getInstance(value);
      return true;
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      return false;
    }
  }

  ASN1Encodable toAsn1() {
    return new OpaqueDer(der, parsed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncodedCertificationRequest r && der.equals(r.der);
  }

  @Override
  public int hashCode() {
    return der.hashCode();
  }

  @Override
  public String toString() {
    return "EncodedCertificationRequest[" + der.length() + " bytes]";
  }
}

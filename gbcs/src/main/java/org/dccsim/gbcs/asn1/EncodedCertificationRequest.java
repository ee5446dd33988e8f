package org.dccsim.gbcs.asn1;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * The PKCS #10 certification request a device returns for CS02c (Issue Security Credentials),
 * kept as its DER encoding; it has been checked to be a CertificationRequest structure. Equal
 * when the encodings are.
 */
public final class EncodedCertificationRequest {

  private final OpaqueDer der;

  EncodedCertificationRequest(OpaqueDer der) {
    this.der = der;
  }

  /** @throws IllegalArgumentException unless {@code der} is the DER encoding of a request */
  public static EncodedCertificationRequest of(byte[] der) {
    return new EncodedCertificationRequest(OpaqueDer.parse(der, OpaqueDer.CERTIFICATION_REQUEST));
  }

  public ByteSlice der() {
    return der.der();
  }

  /** The request as BouncyCastle reads it (subject public key, attributes, signature). */
  public CertificationRequest toBouncyCastle() {
    return CertificationRequest.getInstance(der.toASN1Primitive());
  }

  ASN1Encodable toAsn1() {
    return der;
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
    return "EncodedCertificationRequest[" + der.der().length() + " bytes]";
  }
}

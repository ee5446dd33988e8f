package org.dccsim.gbcs.asn1;

import org.bouncycastle.asn1.ASN1Encodable;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.smki.SmkiCertificate;

/**
 * An X.509 certificate carried in a GBCS payload (CS02b replacements and certification path,
 * CS02d/CS02e device certificates, CS03C key-agreement certificates), kept as its DER encoding
 * so that the payload re-encodes byte for byte. It has been checked to be a Certificate structure;
 * {@link #toSmki()} reads it as an SMKI certificate. Equal when the encodings are.
 */
public final class EncodedCertificate {

  private final OpaqueDer der;

  EncodedCertificate(OpaqueDer der) {
    this.der = der;
  }

  /** @throws IllegalArgumentException unless {@code der} is the DER encoding of a certificate */
  public static EncodedCertificate of(byte[] der) {
    return new EncodedCertificate(OpaqueDer.parse(der, OpaqueDer.CERTIFICATE));
  }

  public static EncodedCertificate of(SmkiCertificate certificate) {
    return of(certificate.der());
  }

  public ByteSlice der() {
    return der.der();
  }

  public SmkiCertificate toSmki() {
    return SmkiCertificate.fromDer(der.der().toByteArray());
  }

  ASN1Encodable toAsn1() {
    return der;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncodedCertificate c && der.equals(c.der);
  }

  @Override
  public int hashCode() {
    return der.hashCode();
  }

  @Override
  public String toString() {
    return "EncodedCertificate[" + der.der().length() + " bytes]";
  }
}

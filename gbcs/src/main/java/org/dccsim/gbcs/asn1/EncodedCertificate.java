package org.dccsim.gbcs.asn1;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Certificate;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.smki.SmkiCertificate;

/**
 * An X.509 certificate carried in a GBCS payload (CS02b replacements and certification path,
 * CS02d/CS02e device certificates, CS03C key-agreement certificates), kept as its DER encoding
 * so that the payload re-encodes byte for byte. It has been checked to be a Certificate structure;
 * {@link #toSmki()} reads it as an SMKI certificate. Equal when the encodings are.
 */
public final class EncodedCertificate {

  private final ByteSlice der;
  // the parsed form, kept so that encoding a payload does not parse the certificate again
  private final ASN1Primitive parsed;

  private EncodedCertificate(ByteSlice der, ASN1Primitive parsed) {
    this.der = der;
    this.parsed = parsed;
  }

  /** @throws IllegalArgumentException unless {@code der} is the DER encoding of a certificate */
  public static EncodedCertificate of(byte[] der) {
    Objects.requireNonNull(der);
    ASN1Primitive parsed;
    try {
      parsed = ASN1Primitive.fromByteArray(der);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not DER: " + e.getMessage(), e);
    }
    if (!isCertificate(parsed) || !Arrays.equals(der, DerElement.encoded(parsed))) {
      throw new IllegalArgumentException("not the DER encoding of an X.509 Certificate");
    }
    return new EncodedCertificate(ByteSlice.copyOf(der), parsed);
  }

  public static EncodedCertificate of(SmkiCertificate certificate) {
    return of(certificate.der());
  }

  /** A certificate the decoder has parsed and checked; {@code der} is its DER encoding. */
  static EncodedCertificate decoded(ASN1Primitive parsed, byte[] der) {
    return new EncodedCertificate(ByteSlice.copyOf(der), parsed);
  }

  public ByteSlice der() {
    return der;
  }

  public SmkiCertificate toSmki() {
    return SmkiCertificate.fromDer(der.toByteArray());
  }

  static boolean isCertificate(ASN1Primitive value) {
    try {
      Certificate.getInstance(value);
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
    return o instanceof EncodedCertificate c && der.equals(c.der);
  }

  @Override
  public int hashCode() {
    return der.hashCode();
  }

  @Override
  public String toString() {
    return "EncodedCertificate[" + der.length() + " bytes]";
  }
}

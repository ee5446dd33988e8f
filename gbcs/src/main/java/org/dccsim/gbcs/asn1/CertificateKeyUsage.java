package org.dccsim.gbcs.asn1;

import java.util.Optional;
import org.dccsim.smki.KeyUsage;

/**
 * The X.509 KeyUsage bit GBCS payloads name a credential by (trust anchor cells, device
 * certificates to issue or read): one bit each, as SMKI certificates carry exactly one.
 */
public enum CertificateKeyUsage {
  /** digitalSignature (bit 0): 03 02 07 80. */
  DIGITAL_SIGNATURE(0x80),
  /** keyAgreement (bit 4): 03 02 03 08. */
  KEY_AGREEMENT(0x08),
  /** keyCertSign (bit 5), the Root trust anchor's: 03 02 02 04. */
  KEY_CERT_SIGN(0x04);

  private final int bits;

  CertificateKeyUsage(int bits) {
    this.bits = bits;
  }

  /** The first (only) byte of the bit string, most significant bit = bit 0. */
  int bits() {
    return bits;
  }

  static CertificateKeyUsage ofBits(int firstByte) {
    for (CertificateKeyUsage u : values()) {
      if (u.bits == firstByte) {
        return u;
      }
    }
    return null;
  }

  public static CertificateKeyUsage of(KeyUsage usage) {
    return usage == KeyUsage.DIGITAL_SIGNATURE ? DIGITAL_SIGNATURE : KEY_AGREEMENT;
  }

  /** The SMKI usage of an end-entity credential; empty for keyCertSign. */
  public Optional<KeyUsage> smkiUsage() {
    return switch (this) {
      case DIGITAL_SIGNATURE -> Optional.of(KeyUsage.DIGITAL_SIGNATURE);
      case KEY_AGREEMENT -> Optional.of(KeyUsage.KEY_AGREEMENT);
      case KEY_CERT_SIGN -> Optional.empty();
    };
  }
}

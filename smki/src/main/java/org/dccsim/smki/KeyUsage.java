package org.dccsim.smki;

/**
 * What an SMKI key is for. GBCS allows exactly one key-usage bit per end-entity certificate, so an
 * entity holds one certificate per usage (and per role, for organisations).
 */
public enum KeyUsage {
  /** ECDSA: signing GBCS commands and responses, and (DCC Boxed) DUIS XML. */
  DIGITAL_SIGNATURE("DS"),
  /** Static ECDH: deriving the keys that MAC and encrypt GBCS messages. */
  KEY_AGREEMENT("KA");

  private final String abbreviation;

  KeyUsage(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  /** "DS" or "KA", as in DUIS CertificateUsage and DCC Boxed file names. */
  public String abbreviation() {
    return abbreviation;
  }
}

package org.dccsim.smki.importer;

import java.nio.file.Path;

/** Something in an import directory that was not imported, or not as it claimed to be. */
public record ImportWarning(Path file, Reason reason, String message) {

  public enum Reason {
    /** Could not be read, or is malformed PEM, DER, certificate, key or JSON. */
    UNREADABLE,
    /** Readable, but neither a certificate, a PKCS#8 private key nor a keystore.json. */
    NOT_SMKI_MATERIAL,
    /** A bare public key: there is no certificate to import. */
    PUBLIC_KEY_ONLY,
    /** A private key that belongs to no certificate present. */
    KEY_WITHOUT_CERTIFICATE,
    /**
     * A keystore.json entry whose EUI, usage, serial, role or key disagrees with its certificate.
     */
    KEYSTORE_MISMATCH,
    /** A certificate whose issuer and serial are already taken by a different certificate. */
    CONFLICT
  }

  @Override
  public String toString() {
    return file + ": " + reason + ": " + message;
  }
}

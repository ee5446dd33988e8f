package org.dccsim.smki;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * A certificate with its private key: what an entity needs to sign or to agree keys. The pairing is
 * checked where credentials enter a {@link SmkiRepository}.
 */
public record Credential(SmkiCertificate certificate, PrivateKey privateKey) {

  public Credential {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
  }
}

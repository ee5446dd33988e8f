package org.dccsim.smki.pki;

import java.util.Objects;
import org.dccsim.smki.Credential;

/**
 * The CA hierarchy of a simulated SMKI: Root → Organisation CA (issues organisation certificates)
 * and Root → Device CA (issues device certificates), each with its private key.
 */
public record CertificateAuthorities(
    Credential root, Credential organisationCa, Credential deviceCa) {

  public CertificateAuthorities {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(organisationCa, "organisationCa");
    Objects.requireNonNull(deviceCa, "deviceCa");
  }
}

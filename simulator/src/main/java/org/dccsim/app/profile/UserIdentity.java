package org.dccsim.app.profile;

import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;

/**
 * A User as dccsim knows it: its User ID and DUIS roles, the GBCS remote party role its devices
 * trust it in, and its three certificates (DUIS XML signing, GBCS signing, GBCS key agreement).
 */
public record UserIdentity(
    Eui64 id,
    String name,
    Set<UserRole> roles,
    RemotePartyRole gbcsRole,
    SmkiCertificate xmlSigning,
    SmkiCertificate gbcsSigning,
    SmkiCertificate keyAgreement) {

  public UserIdentity {
    roles = Set.copyOf(roles);
  }
}

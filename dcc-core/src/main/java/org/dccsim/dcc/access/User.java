package org.dccsim.dcc.access;

import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * A DCC User: a SEC party's User ID (the EUI-64 that originates its requests), the DUIS roles it
 * is registered in, and the GBCS remote party role in which devices trust it (whose SMKI signing
 * certificate verifies its Signed Pre-Commands). One User ID may hold several DUIS roles (a
 * supplier often acts as IS, GS and ES).
 */
public record User(Eui64 id, String name, Set<UserRole> roles, RemotePartyRole remotePartyRole, boolean active) {
  public User {
    roles = Set.copyOf(roles);
  }
}

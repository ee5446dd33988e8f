package org.dccsim.dcc.access;

import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.smki.Eui64;

/**
 * A DCC User: a SEC party's User ID (the EUI-64 that originates its requests) and the roles it
 * is registered in. One User ID may hold several roles (a supplier often acts as IS, GS and ES).
 */
public record User(Eui64 id, String name, Set<UserRole> roles, boolean active) {
  public User {
    roles = Set.copyOf(roles);
  }
}

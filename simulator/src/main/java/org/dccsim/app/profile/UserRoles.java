package org.dccsim.app.profile;

import java.util.EnumSet;
import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.smki.RemotePartyRole;

/**
 * The DUIS roles a User ID holds when only its SMKI certificates are known: a GBCS supplier acts
 * as import, export and gas supplier (as DCC Boxed's test supplier does), a network operator as
 * electricity distributor and gas transporter, any other party as Other User.
 */
final class UserRoles {

  private UserRoles() {}

  static Set<UserRole> forGbcsRole(RemotePartyRole role) {
    return switch (role) {
      case SUPPLIER -> EnumSet.of(UserRole.IS, UserRole.GS, UserRole.ES);
      case NETWORK_OPERATOR -> EnumSet.of(UserRole.ED, UserRole.GT);
      default -> EnumSet.of(UserRole.OU);
    };
  }
}

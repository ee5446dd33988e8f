package org.dccsim.dcc.transform.esme;

import java.util.EnumSet;
import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.smki.Eui64;

/**
 * Who originates a command: the User when it acts in a role whose certificates the device holds
 * (the registered supplier, IS or GS, or network operator, ED or GT), otherwise the DCC's access
 * control broker on its behalf: an Export Supplier, a Registered Supplier Agent or an Other User
 * (RTDS ECS39b, ECS50, ECS61d), and any User reading a Comms Hub (RTDS ECS35c, ECS35d). A
 * critical command is always the User's: it signs the Pre-Command. An ACB-originated command
 * names the User and its request counter as supplementary remote party in other-information.
 */
final class OnBehalfOriginator {

  private static final Set<UserRole> DEVICE_TRUSTED_ROLES =
      EnumSet.of(UserRole.IS, UserRole.GS, UserRole.ED, UserRole.GT);

  private OnBehalfOriginator() {}

  static Eui64 of(AcceptedRequest request) {
    return byAccessControlBroker(request) ? Eui64.DCC_ACCESS_CONTROL_BROKER : request.requestId().originator();
  }

  static boolean byAccessControlBroker(AcceptedRequest request) {
    return !request.srv().critical()
        && (request.device().type() == DeviceType.CHF || !actsInTrustedRole(request));
  }

  /** The roles the request may be sent in, narrowed to the SRV's eligible roles (also when access control does not). */
  private static boolean actsInTrustedRole(AcceptedRequest request) {
    Set<UserRole> eligible = request.srv().eligibleRoles();
    for (UserRole role : request.roles()) {
      if (DEVICE_TRUSTED_ROLES.contains(role) && eligible.contains(role)) {
        return true;
      }
    }
    return false;
  }
}

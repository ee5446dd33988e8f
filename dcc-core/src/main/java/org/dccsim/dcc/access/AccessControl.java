package org.dccsim.dcc.access;

import java.util.EnumSet;
import java.util.Set;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.smki.Eui64;

/**
 * Access control: may this User, in some role it holds, send this Service Reference Variant, and
 * for device requests, to this device? The role comes from the User ID (no message carries it).
 *
 * <p>Device authorisation: a role is authorised for a device when the inventory registers the
 * User as the device's party in that role (import supplier of an ESME, gas supplier of a GSME,
 * network operator, ...). Other Users are not registered per device; dccsim lets an OU reach any
 * device (consent is outside its model). With enforcement off, only the User's existence is
 * checked: the public DUIS templates ignore role eligibility, and DCC Boxed's enforcement is not
 * documented.
 */
public final class AccessControl {

  public static final String STAGE = "access-control";

  private final UserRegistry users;
  private final boolean enforceRoles;

  public AccessControl(UserRegistry users, boolean enforceRoles) {
    this.users = users;
    this.enforceRoles = enforceRoles;
  }

  /** The User and the roles in which it may send the SRV (never empty). */
  public record Authorisation(User user, Set<UserRole> roles) {}

  /** @throws RequestRefused E1 unknown User, E3 inactive User, E2 no eligible role */
  public Authorisation authoriseService(Eui64 userId, ServiceReferenceVariant srv) throws RequestRefused {
    User user = users.find(userId)
        .orElseThrow(() -> new RequestRefused(STAGE, Outcome.UNKNOWN_USER, userId + " is not a registered User"));
    if (!user.active()) {
      throw new RequestRefused(STAGE, Outcome.USER_STATUS, userId + " is not active");
    }
    if (!enforceRoles) {
      return new Authorisation(user, user.roles().isEmpty() ? EnumSet.allOf(UserRole.class) : user.roles());
    }
    EnumSet<UserRole> eligible = EnumSet.noneOf(UserRole.class);
    for (UserRole r : user.roles()) {
      if (srv.eligibleRoles().contains(r)) {
        eligible.add(r);
      }
    }
    if (eligible.isEmpty()) {
      throw new RequestRefused(STAGE, Outcome.ROLE_NOT_ELIGIBLE,
          userId + " holds " + user.roles() + "; " + srv.variant() + " needs one of " + srv.eligibleRoles());
    }
    return new Authorisation(user, eligible);
  }

  /** @throws RequestRefused E4 when none of the eligible roles is registered for the device */
  public void authoriseDevice(Eui64 userId, Set<UserRole> eligibleRoles, InventoryDevice device)
      throws RequestRefused {
    if (!enforceRoles) {
      return;
    }
    for (UserRole role : eligibleRoles) {
      if (role == UserRole.OU || device.registeredParty(role).filter(userId::equals).isPresent()) {
        return;
      }
    }
    throw new RequestRefused(STAGE, Outcome.NOT_AUTHORISED_FOR_DEVICE,
        userId + " is not registered for " + device.type() + " " + device.id() + " in " + eligibleRoles
            + " (registered: " + device.registeredParties() + ")");
  }
}

package org.dccsim.dcc.pipeline;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.catalogue.CommandVariant;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.duis.DuisRequest;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.inventory.InventoryDevice;

/**
 * A Service Request that passed signature, counter, variant and access checks, with what those
 * checks established: the User, the roles in which it may send this SRV, and for device requests
 * the target device.
 *
 * @param device null for non-device requests
 * @param dccCounter the access control broker's counter reserved for this request, used when the
 *     DCC originates the command on the User's behalf
 */
public record AcceptedRequest(
    DuisRequest request,
    ServiceReferenceVariant srv,
    CommandVariant commandVariant,
    User user,
    Set<UserRole> roles,
    InventoryDevice device,
    Instant receivedAt,
    long dccCounter) {

  public RequestId requestId() {
    return request.requestId();
  }

  /** The SRV body element (absent for a Signed Pre-Command). */
  public Optional<BodyElement> body() {
    return request.body() instanceof BodyElement b ? Optional.of(b) : Optional.empty();
  }
}

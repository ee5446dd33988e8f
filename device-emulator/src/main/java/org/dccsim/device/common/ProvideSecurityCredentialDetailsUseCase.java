package org.dccsim.device.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails.RemotePartyDetails;
import org.dccsim.gbcs.asn1.TrustAnchorStatus;
import org.dccsim.smki.RemotePartyRole;

/**
 * CS02a / CS02f Provide Security Credential Details: for each role asked about, the trust anchor
 * cells the device holds (subject and key identifier) and the last counter it accepted from that
 * role; a role without an anchor is reported as NO_TRUST_ANCHOR. The requester must name its own
 * cell as the authorising one.
 */
final class ProvideSecurityCredentialDetailsUseCase extends DerUseCase<ProvideSecurityCredentialDetails.Command> {

  static final int CS02A = 0x0008;
  static final int CS02F = 0x011B;


  ProvideSecurityCredentialDetailsUseCase(int messageCode) {
    super(messageCode, ProvideSecurityCredentialDetails.Command.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, ProvideSecurityCredentialDetails.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    if (request.authorisingRemotePartyCell().role() != command.sender().role()) {
      throw new CommandRejected(CommandRejected.Reason.SENDER_NOT_AUTHORISED, "the authorising cell is "
          + request.authorisingRemotePartyCell().role() + "'s, the sender is " + command.sender().role());
    }
    List<RemotePartyDetails> details = new ArrayList<>(request.rolesRequired().size());
    for (RemotePartyRole role : request.rolesRequired()) {
      details.add(details(device, role));
    }
    return device.respond(command, new ProvideSecurityCredentialDetails.Response(details).toDer(),
        Optional.empty(), services);
  }

  private static RemotePartyDetails details(EmulatedDevice device, RemotePartyRole role) {
    TrustAnchorStatus fault = CommonFaults.role(device, role);
    if (fault != null) {
      return new RemotePartyDetails(role, fault, OptionalLong.empty(), Optional.empty());
    }
    Optional<TrustAnchor> anchor = device.anchors().forRole(role);
    if (anchor.isEmpty()) {
      return new RemotePartyDetails(role, TrustAnchorStatus.NO_TRUST_ANCHOR, OptionalLong.empty(), Optional.empty());
    }
    return new RemotePartyDetails(role, TrustAnchorStatus.SUCCESS, OptionalLong.of(device.lastCounter(role)),
        Optional.of(TrustAnchorCells.contents(anchor.get())));
  }
}

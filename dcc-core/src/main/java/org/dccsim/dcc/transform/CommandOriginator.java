package org.dccsim.dcc.transform;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.usecase.UseCase;
import org.dccsim.gbcs.usecase.UseCases;
import org.dccsim.smki.Eui64;

/**
 * Who originates a GBCS command, and under which counter. A critical command is always the User's:
 * it signs the Pre-Command. The use cases GBCS has the DCC's access control broker send (Comms
 * Hub device logs, unknown-remote-party reads, ...: {@link UseCase#sentByAccessControlBroker()})
 * are the ACB's. Otherwise the User originates when it acts in a role whose certificates the
 * device holds as trust anchors: on an ESME the supplier (IS) and the network operator (ED); on a
 * GSME or GPF the gas supplier (GS); on a PPMID or HCALCS the supplier. Anyone else (an Export
 * Supplier, a Registered Supplier Agent, an Other User, a gas transporter) is represented by the
 * ACB. The ACB sends under its own counter and names the User and the request's counter as
 * supplementary remote party in other-information.
 *
 * @param counter the header's originator counter, which DLMS payloads also number themselves by
 */
public record CommandOriginator(Eui64 originator, long counter, Optional<Eui64> onBehalfOf, long userCounter) {

  private static final Set<UserRole> ESME_ANCHORS = EnumSet.of(UserRole.IS, UserRole.ED);
  private static final Set<UserRole> GAS_ANCHORS = EnumSet.of(UserRole.GS);
  private static final Set<UserRole> HAN_ANCHORS = EnumSet.of(UserRole.IS, UserRole.GS);

  /** The originator of the command with this message code for the request. */
  public static CommandOriginator of(AcceptedRequest request, int messageCode) {
    boolean byAcb = UseCases.standard().forMessageCode(messageCode)
        .map(UseCase::sentByAccessControlBroker).orElse(false);
    return request.srv().critical() || (!byAcb && actsAsAnchor(request))
        ? user(request)
        : accessControlBrokerFor(request);
  }

  /** The User itself, under the request's counter. */
  public static CommandOriginator user(AcceptedRequest request) {
    long counter = request.requestId().counter();
    return new CommandOriginator(request.requestId().originator(), counter, Optional.empty(), counter);
  }

  /** The access control broker on the User's behalf, under the DCC's counter. */
  public static CommandOriginator accessControlBrokerFor(AcceptedRequest request) {
    return new CommandOriginator(Eui64.DCC_ACCESS_CONTROL_BROKER, request.dccCounter(),
        Optional.of(request.requestId().originator()), request.requestId().counter());
  }

  /**
   * A DCC party acting in its own right (the ACB replacing its own credentials, the transitional
   * change-of-supplier party): nothing of the User in the header; the DCC's counter.
   */
  public static CommandOriginator dccParty(AcceptedRequest request, Eui64 party) {
    return new CommandOriginator(party, request.dccCounter(), Optional.empty(), request.requestId().counter());
  }

  /** The command with this header around a payload, no date-time, signature field 00. */
  public GeneralSigningApdu command(AcceptedRequest request, int messageCode, byte[] payload) {
    return GeneralSigningApdu.create(header(request, messageCode, Optional.empty()), payload, SignatureField.NULL);
  }

  public boolean byAccessControlBroker() {
    return onBehalfOf.isPresent();
  }

  /** The command header: this originator and counter, the device, the message code. */
  public GroupingHeader header(AcceptedRequest request, int messageCode, Optional<CosemDateTime> dateTime) {
    OtherInformation other = onBehalfOf
        .map(user -> OtherInformation.withRemoteParty(messageCode, user, userCounter))
        .orElse(OtherInformation.of(messageCode));
    return new GroupingHeader(CraFlag.COMMAND, counter, originator, request.device().id(), dateTime, other);
  }

  private static boolean actsAsAnchor(AcceptedRequest request) {
    Set<UserRole> anchors = anchorRoles(request.device().type());
    for (UserRole role : request.roles()) {
      if (anchors.contains(role) && request.srv().eligibleRoles().contains(role)) {
        return true;
      }
    }
    return false;
  }

  private static Set<UserRole> anchorRoles(DeviceType type) {
    return switch (type) {
      case ESME -> ESME_ANCHORS;
      case GSME, GPF -> GAS_ANCHORS;
      case PPMID, HCALCS -> HAN_ANCHORS;
      default -> EnumSet.noneOf(UserRole.class);
    };
  }
}

package org.dccsim.dcc.transform.hub;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.usecase.GbcsCommands;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.UnknownMessageCodeException;
import org.dccsim.smki.Eui64;

/**
 * The three ways a command of this family is originated, none with a header date-time (a
 * future-dated command carries its execution date-time in the payload):
 *
 * <ul>
 *   <li>by the User, who signs it if it is critical (most CS use cases);
 *   <li>by a DCC party in its own right: the access control broker (CS02a/f via MAC, CS02b
 *       ACB by ACB and handovers of DCC-controlled devices) or the transitional change of supplier
 *       party (CS02b supplier by TransCoS), with nothing about the User in the header;
 *   <li>by the access control broker on the User's behalf, for a device that does not hold the
 *       User's credentials (Comms Hub, PPMID, HCALCS): other-information then names the User and
 *       its request counter as supplementary remote party, to whom the response goes.
 * </ul>
 *
 * <p>[?] A DCC party's command should carry that party's own counter; a transform has only the
 * request's, so the header carries the request counter (as the other families do) until the DCC
 * keeps an ACB counter. RTDS shows 0x514.. in the header and the User's 0x3E8.. in other-info.
 */
final class HubCommands {

  private static final Set<UserRole> DEVICE_TRUSTED_ROLES =
      EnumSet.of(UserRole.IS, UserRole.GS, UserRole.ED, UserRole.GT);

  private HubCommands() {}

  static GeneralSigningApdu byUser(AcceptedRequest request, int messageCode, byte[] payload) {
    return GbcsCommands.command(messageCode, request.requestId().counter(), request.requestId().originator(),
        request.device().id(), Optional.empty(), payload);
  }

  static GeneralSigningApdu byDccParty(AcceptedRequest request, Eui64 party, int messageCode, byte[] payload) {
    return GbcsCommands.command(
        messageCode, request.requestId().counter(), party, request.device().id(), Optional.empty(), payload);
  }

  static GeneralSigningApdu byAcbOnBehalfOfUser(AcceptedRequest request, int messageCode, byte[] payload) {
    long counter = request.requestId().counter();
    GroupingHeader header = new GroupingHeader(CraFlag.COMMAND, counter, Eui64.DCC_ACCESS_CONTROL_BROKER,
        request.device().id(), Optional.empty(),
        OtherInformation.withRemoteParty(messageCode, request.requestId().originator(), counter));
    return GeneralSigningApdu.create(header, payload, SignatureField.NULL);
  }

  /**
   * The User when it acts in a role whose credentials a meter holds (the registered supplier, IS
   * or GS, or network operator, ED or GT), else the access control broker on its behalf (an
   * Other User: RTDS CS07 ERROR, CS03B ERROR).
   */
  static GeneralSigningApdu byUserOrOnItsBehalf(AcceptedRequest request, int messageCode, byte[] payload) {
    boolean trusted = false;
    for (UserRole role : request.roles()) {
      trusted |= DEVICE_TRUSTED_ROLES.contains(role) && request.srv().eligibleRoles().contains(role);
    }
    return trusted ? byUser(request, messageCode, payload) : byAcbOnBehalfOfUser(request, messageCode, payload);
  }

  /** The single message code of a use case; an unknown one is a programming error. */
  static int messageCode(String useCase) {
    try {
      return MessageCodes.standard().requireUseCase(useCase).code();
    } catch (UnknownMessageCodeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}

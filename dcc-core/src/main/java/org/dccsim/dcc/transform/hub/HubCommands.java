package org.dccsim.dcc.transform.hub;

import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.transform.CommandOriginator;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.UnknownMessageCodeException;
import org.dccsim.smki.Eui64;

/**
 * The three ways a command of this family is originated, none with a header date-time (a
 * future-dated command carries its execution date-time in the payload): by the User, who signs it
 * if it is critical (most CS use cases); by a DCC party in its own right (the access control
 * broker: CS02a/f via MAC, CS02b ACB by ACB and handovers of DCC-controlled devices; the
 * transitional change of supplier party: CS02b supplier by TransCoS), under the DCC's counter; or
 * by the access control broker on the User's behalf ({@link CommandOriginator}).
 */
final class HubCommands {

  private HubCommands() {}

  static GeneralSigningApdu byUser(AcceptedRequest request, int messageCode, byte[] payload) {
    return CommandOriginator.user(request).command(request, messageCode, payload);
  }

  static GeneralSigningApdu byDccParty(AcceptedRequest request, Eui64 party, int messageCode, byte[] payload) {
    return CommandOriginator.dccParty(request, party).command(request, messageCode, payload);
  }

  static GeneralSigningApdu byAcbOnBehalfOfUser(AcceptedRequest request, int messageCode, byte[] payload) {
    return CommandOriginator.accessControlBrokerFor(request).command(request, messageCode, payload);
  }

  /**
   * The access control broker on the User's behalf; when the DCC itself requests (RTDS GCS59's
   * request comes from the ACB's EUI-64), in its own right, naming no remote party: it would name
   * itself.
   */
  static GeneralSigningApdu byAcbForRequester(AcceptedRequest request, int messageCode, byte[] payload) {
    return request.requestId().originator().equals(Eui64.DCC_ACCESS_CONTROL_BROKER)
        ? byDccParty(request, Eui64.DCC_ACCESS_CONTROL_BROKER, messageCode, payload)
        : byAcbOnBehalfOfUser(request, messageCode, payload);
  }

  /** The User, or the access control broker on its behalf, as {@link CommandOriginator} decides. */
  static GeneralSigningApdu byUserOrOnItsBehalf(AcceptedRequest request, int messageCode, byte[] payload) {
    return CommandOriginator.of(request, messageCode).command(request, messageCode, payload);
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

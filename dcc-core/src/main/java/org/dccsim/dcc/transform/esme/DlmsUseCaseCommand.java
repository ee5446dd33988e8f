package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Optional;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.transform.CommandOriginator;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.usecase.GbcsCommands;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.UnknownMessageCodeException;

/**
 * One GBCS use case carried by a DLMS Access-Request (ESME and Comms Hub): its message code,
 * looked up once, and the command built for a request: originated by the User or by the access
 * control broker on its behalf ({@link CommandOriginator}), the payload numbered with the header's
 * counter. Use cases whose execution date-time matters carry it in the payload (RTDS ECS28a,
 * ECS46c, ECS46d), so the grouping header has none.
 *
 * @param useCase as the message-code table names it: ECS47 for ECS47Activate/Deactivate/Reset,
 *     ECS62 for ECS62Add/Remove, ECS70 for ECS70Commission
 */
record DlmsUseCaseCommand(String useCase, int messageCode) {

  /** Looked up when the transforms are registered: an unknown use case is a programming error. */
  static DlmsUseCaseCommand of(String useCase) {
    try {
      return new DlmsUseCaseCommand(useCase, MessageCodes.standard().requireUseCase(useCase).code());
    } catch (UnknownMessageCodeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  GeneralSigningApdu build(AcceptedRequest request, AccessRequestContent content) {
    return build(request, content.specs(), content.data());
  }

  GeneralSigningApdu build(AcceptedRequest request, List<AccessRequestSpec> specs, List<DlmsData> data) {
    return build(messageCode, request, specs, data);
  }

  /** The command of this message code for the request, from its originator, numbered by its counter. */
  static GeneralSigningApdu build(
      int messageCode, AcceptedRequest request, List<AccessRequestSpec> specs, List<DlmsData> data) {
    CommandOriginator originator = CommandOriginator.of(request, messageCode);
    return GeneralSigningApdu.create(originator.header(request, messageCode, Optional.empty()),
        GbcsCommands.dlmsPayload(originator.counter(), specs, data), SignatureField.NULL);
  }
}

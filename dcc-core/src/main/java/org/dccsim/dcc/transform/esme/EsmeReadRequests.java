package org.dccsim.dcc.transform.esme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.UnknownRemoteParty;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.UnknownMessageCodeException;

/**
 * What the ESME read, tariff and prepayment transforms share: the message code of a use case,
 * COSEM attribute addresses, and the DLMS command from the User to the device under the request's
 * counter, with no header date-time (GBCS carries future activation inside the payload).
 */
final class EsmeReadRequests {

  private EsmeReadRequests() {}

  /** The single message code of a GBCS use case; a use case missing from the table is a bug here. */
  static int messageCode(String useCase) {
    try {
      return MessageCodes.standard().requireUseCase(useCase).code();
    } catch (UnknownMessageCodeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static CosemDescriptor attribute(int classId, ObisCode instance, int attribute) {
    return new CosemDescriptor(classId, instance, attribute);
  }

  static ObisCode obis(int a, int b, int c, int d, int e, int f) {
    return new ObisCode(a, b, c, d, e, f);
  }

  /** A get of each attribute, in order. */
  static List<AccessRequestSpec> gets(List<CosemDescriptor> attributes) {
    List<AccessRequestSpec> specs = new ArrayList<>(attributes.size());
    for (CosemDescriptor d : attributes) {
      specs.add(AccessRequestSpec.get(d.classId(), d.instance(), d.id()));
    }
    return List.copyOf(specs);
  }

  /** The null data that goes with each get. */
  static List<DlmsData> nulls(int count) {
    return Collections.nCopies(count, DlmsData.nullData());
  }

  /**
   * As {@link #command}, or for an unknown remote party (a log read naming one) the access
   * control broker's command carrying the User's certificate.
   */
  static GeneralSigningApdu logCommand(
      int messageCode, AcceptedRequest request, List<AccessRequestSpec> specs, List<DlmsData> data)
      throws RequestRefused {
    Optional<UnknownRemoteParty> unknown = UnknownRemoteParty.of(request);
    return unknown.isPresent()
        ? unknown.get().dlmsCommand(request, messageCode, specs, data)
        : command(messageCode, request, specs, data);
  }

  /** The command APDU (signature field 00): originator the User, recipient the device. */
  static GeneralSigningApdu command(
      int messageCode, AcceptedRequest request, List<AccessRequestSpec> specs, List<DlmsData> data) {
    return DlmsUseCaseCommand.build(messageCode, request, specs, data);
  }
}

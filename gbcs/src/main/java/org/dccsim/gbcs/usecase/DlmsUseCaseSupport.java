package org.dccsim.gbcs.usecase;

import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/** Checks and unwraps shared by the DLMS use cases (ESME and CHF commands and responses). */
final class DlmsUseCaseSupport {

  private DlmsUseCaseSupport() {}

  /** An Access-Request for {@code counter}, as GBCS numbers them. */
  static AccessRequest request(long counter, List<AccessRequestSpec> specs, List<DlmsData> data) {
    return new AccessRequest(LongInvokeIdAndPriority.forCounter(counter), Optional.empty(), specs, data);
  }

  static AccessRequest requireRequest(String useCase, int messageCode, GeneralSigningApdu apdu)
      throws GbcsCodecException, UnexpectedPayloadException {
    requireHeader(useCase, messageCode, CraFlag.COMMAND, apdu);
    if (apdu.content().length() == 0 || apdu.content().get(0) != AccessRequest.TAG) {
      throw new UnexpectedPayloadException(useCase, "payload", "a DLMS Access-Request (D9)", apdu.content());
    }
    AccessRequest request = DlmsCodec.decodeAccessRequest(apdu.content());
    requireInvokeId(useCase, apdu, request.longInvokeIdAndPriority());
    return request;
  }

  static AccessResponse requireResponse(String useCase, int messageCode, GeneralSigningApdu apdu)
      throws GbcsCodecException, UnexpectedPayloadException {
    requireHeader(useCase, messageCode, CraFlag.RESPONSE, apdu);
    if (apdu.content().length() == 0 || apdu.content().get(0) != AccessResponse.TAG) {
      throw new UnexpectedPayloadException(useCase, "payload", "a DLMS Access-Response (DA)", apdu.content());
    }
    AccessResponse response = DlmsCodec.decodeAccessResponse(apdu.content());
    requireInvokeId(useCase, apdu, response.longInvokeIdAndPriority());
    return response;
  }

  static void requireEquals(String useCase, String field, Object expected, Object actual)
      throws UnexpectedPayloadException {
    if (!expected.equals(actual)) {
      throw new UnexpectedPayloadException(useCase, field, expected, actual);
    }
  }

  private static void requireHeader(String useCase, int messageCode, CraFlag cra, GeneralSigningApdu apdu)
      throws UnexpectedPayloadException {
    if (apdu.messageCode() != messageCode) {
      throw new UnexpectedPayloadException(
          useCase, "message code", String.format("0x%04X", messageCode), String.format("0x%04X", apdu.messageCode()));
    }
    requireEquals(useCase, "CRA flag", cra, apdu.cra());
  }

  private static void requireInvokeId(String useCase, GeneralSigningApdu apdu, long invoke)
      throws UnexpectedPayloadException {
    long expected = LongInvokeIdAndPriority.forCounter(apdu.originatorCounter());
    if (invoke != expected) {
      throw new UnexpectedPayloadException(
          useCase, "long-invoke-id-and-priority", Long.toHexString(expected), Long.toHexString(invoke));
    }
  }
}

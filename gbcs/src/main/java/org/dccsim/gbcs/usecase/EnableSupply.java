package org.dccsim.gbcs.usecase;

import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;

import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.smki.Eui64;

/**
 * ECS42 "Remotely Close the Load Switch on the ESME" (enable supply), DUIS SRV 7.1, critical:
 * the DCC issues a pre-command, the User signs it, the ACB MACs it; the ESME executes script 0x0033
 * of the script table 0-0:10.0.106.255 (class 9, method 1 execute) and answers with a signed
 * response whose action result tells success (0) or the failure.
 */
public final class EnableSupply {

  public static final String USE_CASE = "ECS42";
  public static final int MESSAGE_CODE = 0x004F;

  private static final int SCRIPT_TABLE_CLASS = 9;
  private static final ObisCode DISCONNECT_CONTROL_SCRIPTS = new ObisCode(0, 0, 10, 0, 106, 255);
  private static final int EXECUTE = 1;
  private static final int ENABLE_SUPPLY_SCRIPT = 0x0033;

  /** The device's side of the command. */
  public record Request(long counter, Eui64 requester, Eui64 device) {}

  private EnableSupply() {}

  /** The pre-command with the NULL (00) signature field that DUIS asks for. */
  public static GeneralSigningApdu preCommand(long counter, Eui64 requester, Eui64 device) {
    return preCommand(counter, requester, device, SignatureField.NULL);
  }

  /**
   * @param signatureField {@link SignatureField#NULL} (DUIS) or {@link SignatureField#ABSENT} (as
   *     RTDS pre-commands are)
   */
  public static GeneralSigningApdu preCommand(
      long counter, Eui64 requester, Eui64 device, SignatureField signatureField) {
    if (signatureField.isPresent()) {
      throw new IllegalArgumentException("a pre-command is unsigned");
    }
    return GeneralSigningApdu.create(
        GroupingHeader.of(CraFlag.COMMAND, counter, requester, device, MESSAGE_CODE),
        commandPayload(counter),
        signatureField);
  }

  public static byte[] commandPayload(long counter) {
    return DlmsCodec.encode(request(counter));
  }

  /** Parses the (signed, MAC-checked) command on the device side. */
  public static Request parseCommand(GeneralSigningApdu command)
      throws GbcsCodecException, UnexpectedPayloadException {
    AccessRequest request = DlmsUseCaseSupport.requireRequest(USE_CASE, MESSAGE_CODE, command);
    DlmsUseCaseSupport.requireEquals(USE_CASE, "access request", request(command.originatorCounter()), request);
    return new Request(command.originatorCounter(), command.originator(), command.recipient());
  }

  /**
   * The ESME's response APDU, unsigned (signature NULL): a critical response is then signed with
   * the device's DS key.
   *
   * @param actionResult 0 success; otherwise the DLMS action-result (RTDS's error case has 1)
   */
  public static GeneralSigningApdu response(
      Request request, int actionResult, Optional<CosemDateTime> dateTime) {
    GroupingHeader header =
        GroupingHeader.of(CraFlag.COMMAND, request.counter(), request.requester(), request.device(), MESSAGE_CODE)
            .response(dateTime);
    return GeneralSigningApdu.create(header, responsePayload(request.counter(), actionResult), SignatureField.NULL);
  }

  public static byte[] responsePayload(long counter, int actionResult) {
    return DlmsCodec.encode(
        new AccessResponse(
            LongInvokeIdAndPriority.forCounter(counter),
            Optional.empty(),
            Optional.empty(),
            List.of(DlmsData.nullData()),
            List.of(new AccessResponse.Result(AccessSpecKind.ACTION, actionResult))));
  }

  /** @return the action result: 0 when supply was enabled */
  public static int parseResponse(GeneralSigningApdu response)
      throws GbcsCodecException, UnexpectedPayloadException {
    AccessResponse r = DlmsUseCaseSupport.requireResponse(USE_CASE, MESSAGE_CODE, response);
    DlmsUseCaseSupport.requireEquals(
        USE_CASE,
        "access response",
        DlmsCodec.decodeAccessResponse(
            ByteSlice.copyOf(responsePayload(response.originatorCounter(), r.results().isEmpty() ? 0 : r.results().get(0).code()))),
        r);
    return r.results().get(0).code();
  }

  private static AccessRequest request(long counter) {
    return DlmsUseCaseSupport.request(
        counter,
        List.of(AccessRequestSpec.action(SCRIPT_TABLE_CLASS, DISCONNECT_CONTROL_SCRIPTS, EXECUTE)),
        List.of(longUnsigned(ENABLE_SUPPLY_SCRIPT)));
  }
}

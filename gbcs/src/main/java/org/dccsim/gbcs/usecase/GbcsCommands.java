package org.dccsim.gbcs.usecase;

import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.smki.Eui64;

/**
 * Builds GBCS commands as a DCC transform produces them: the grouping header (CRA command, the
 * originator's counter, originator and recipient titles, the execution date-time of a
 * future-dated command in the header's date-time field, the message code) around a payload, with
 * the signature field 00 (a non-critical command as sent, or a critical Pre-Command for the User
 * to sign).
 */
public final class GbcsCommands {

  private GbcsCommands() {}

  /** A command around any payload (DLMS, GBZ or DER). */
  public static GeneralSigningApdu command(
      int messageCode, long counter, Eui64 originator, Eui64 recipient,
      Optional<CosemDateTime> executionDateTime, byte[] payload) {
    GroupingHeader header = new GroupingHeader(
        CraFlag.COMMAND, counter, originator, recipient, executionDateTime, OtherInformation.of(messageCode));
    return GeneralSigningApdu.create(header, payload, SignatureField.NULL);
  }

  /** A DLMS Access-Request command (ESME and Comms Hub use cases), numbered from the counter. */
  public static GeneralSigningApdu dlmsCommand(
      int messageCode, long counter, Eui64 originator, Eui64 recipient,
      Optional<CosemDateTime> executionDateTime, List<AccessRequestSpec> specs, List<DlmsData> data) {
    return command(messageCode, counter, originator, recipient, executionDateTime, dlmsPayload(counter, specs, data));
  }

  /** The Access-Request payload alone: long-invoke-id from the counter, no date-time. */
  public static byte[] dlmsPayload(long counter, List<AccessRequestSpec> specs, List<DlmsData> data) {
    return DlmsCodec.encode(
        new AccessRequest(LongInvokeIdAndPriority.forCounter(counter), Optional.empty(), specs, data));
  }
}

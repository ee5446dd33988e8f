package org.dccsim.gbcs.asn1;

import java.util.Arrays;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * Decodes the DER payloads of GBCS messages into their records, choosing the structure by message
 * code and CRA flag (the payload alone does not say which it is: a bare INTEGER is the response
 * of CS02c, CS02d, CS03 or CS04). Every payload must be exactly the DER encoding of that
 * structure, or the other {@link DerLengthForm} RTDS uses; anything else, including a message code
 * or CRA flag that carries no DER structure, is a {@link GbcsCodecException}. Encoding is {@link
 * DerPayload#toDer(DerLengthForm)}, in the form a decoded payload came in to get its bytes back.
 */
public final class DerPayloadCodec {

  private DerPayloadCodec() {}

  /** Whether messages with this code carry a DER payload (in some direction). */
  public static boolean carriesDer(int messageCode) {
    return name(messageCode) != null;
  }

  public static DecodedDerPayload decode(GeneralSigningApdu apdu) throws GbcsCodecException {
    return decode(apdu.messageCode(), apdu.cra(), apdu.content());
  }

  public static DecodedDerPayload decode(int messageCode, CraFlag cra, ByteSlice content)
      throws GbcsCodecException {
    String name = name(messageCode);
    if (name == null) {
      throw new GbcsCodecException(content.offset(),
          String.format("a message code with a DER payload, not 0x%04X", messageCode));
    }
    DerElement root = DerElement.parse(content, name + "." + shape(cra));
    DerPayload payload = read(messageCode, cra, root);
    if (payload == null) {
      throw new GbcsCodecException(content.offset(), name + ": no " + cra + " payload in GBCS");
    }
    // the records write canonical encodings: anything else (BER, longer lengths than the form's,
    // non-DER signed objects) shows up as a difference
    byte[] again = payload.toDer(root.form());
    int mismatch = Arrays.mismatch(
        again, 0, again.length, content.array(), content.offset(), content.offset() + content.length());
    if (mismatch >= 0) {
      throw new GbcsCodecException(content.offset() + mismatch,
          root.path() + ": DER, or DER with every long length on two bytes");
    }
    return new DecodedDerPayload(payload, root.form());
  }

  /** The structure for a message code and direction; null where GBCS defines none. */
  private static DerPayload read(int code, CraFlag cra, DerElement e) throws GbcsCodecException {
    boolean command = cra == CraFlag.COMMAND;
    boolean response = cra == CraFlag.RESPONSE;
    boolean alert = cra == CraFlag.ALERT;
    switch (code) {
      case 0x0008:
      case 0x011B:
        return command ? ProvideSecurityCredentialDetails.Command.read(e)
            : response ? ProvideSecurityCredentialDetails.Response.read(e) : null;
      case 0x000A:
        return command ? IssueSecurityCredentials.Command.read(e)
            : response ? IssueSecurityCredentials.Response.read(e) : null;
      case 0x000B:
        return command ? UpdateDeviceCertificate.Command.read(e)
            : response ? UpdateDeviceCertificate.Response.read(e) : null;
      case 0x000C:
        return command ? ProvideDeviceCertificate.Command.read(e)
            : response ? ProvideDeviceCertificate.Response.read(e) : null;
      case 0x000D:
      case 0x000E:
      case 0x00AB:
      case 0x00AF:
        return command ? JoinDevice.Command.read(e) : response ? JoinDevice.Response.read(e) : null;
      case 0x000F:
      case 0x0010:
        return command ? UnjoinDevice.Command.read(e) : response ? UnjoinDevice.Response.read(e) : null;
      case 0x0012:
        return command ? ActivateFirmware.Command.read(e) : response ? ActivateFirmware.Response.read(e) : null;
      case 0x00CA:
        return alert ? ActivateFirmware.Alert.read(e) : null;
      case 0x0013:
        return command ? ReadDeviceJoinDetails.Command.read(e)
            : response ? ReadDeviceJoinDetails.Response.read(e) : null;
      case 0x007F:
        return command ? SetTime.Command.read(e) : response ? SetTime.Response.read(e) : null;
      case 0x008C:
        return command ? GpfDeviceLog.RestoreCommand.read(e) : response ? GpfDeviceLog.RestoreResponse.read(e) : null;
      case 0x00B2:
        return alert ? GpfDeviceLog.BackupAlert.read(e) : null;
      case 0x00CB:
      case 0x0124:
        return alert ? UpdateSecurityCredentials.Alert.read(e) : null;
      case 0x0128:
        return alert ? FirmwareTransfer.Alert.read(e) : null;
      case 0x0129:
        return command ? PpmidHcalcsFirmware.ReadCommand.read(e)
            : response ? PpmidHcalcsFirmware.ReadResponse.read(e) : PpmidHcalcsFirmware.VersionAlert.read(e);
      case 0x012B:
        return alert ? PpmidHcalcsFirmware.VersionAlert.read(e) : null;
      default:
        // CS02b 0x0102..0x0109, CS02g 0x0125, 0x0126
        return command ? UpdateSecurityCredentials.Command.read(e)
            : response ? UpdateSecurityCredentials.Response.read(e) : null;
    }
  }

  /** The GBCS use case of a DER message code, as refusals name it; null for others. */
  private static String name(int code) {
    switch (code) {
      case 0x0008:
        return "CS02a ProvideSecurityCredentialDetails";
      case 0x011B:
        return "CS02f ProvideSecurityCredentialDetails";
      case 0x000A:
        return "CS02c IssueSecurityCredentials";
      case 0x000B:
        return "CS02d UpdateDeviceCertificate";
      case 0x000C:
        return "CS02e ProvideDeviceCertificate";
      case 0x000D:
      case 0x000E:
      case 0x00AB:
      case 0x00AF:
        return "CS03 JoinDevice";
      case 0x000F:
      case 0x0010:
        return "CS04 UnjoinDevice";
      case 0x0012:
      case 0x00CA:
        return "CS06 ActivateFirmware";
      case 0x0013:
        return "CS07 ReadDeviceJoinDetails";
      case 0x007F:
        return "GCS28 SetTime";
      case 0x008C:
        return "GCS59 GpfDeviceLogRestore";
      case 0x00B2:
        return "GCS62 GpfDeviceLogBackup";
      case 0x00CB:
      case 0x0124:
        return "CS02b UpdateSecurityCredentials";
      case 0x0128:
        return "CCS08 FirmwareTransfer";
      case 0x0129:
        return "CS08 PpmidHcalcsFirmware";
      case 0x012B:
        return "CS09 PpmidHcalcsFirmware";
      case 0x0125:
      case 0x0126:
        return "CS02g UpdateSecurityCredentials";
      default:
        return code >= 0x0102 && code <= 0x0109 ? "CS02b UpdateSecurityCredentials" : null;
    }
  }

  private static String shape(CraFlag cra) {
    return switch (cra) {
      case COMMAND -> "Command";
      case RESPONSE -> "Response";
      case ALERT -> "Alert";
    };
  }
}

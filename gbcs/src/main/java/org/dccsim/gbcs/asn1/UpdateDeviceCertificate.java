package org.dccsim.gbcs.asn1;

import java.util.Objects;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * CS02d Update Device Certificate on Device (message code 0x000B): a new certificate for one of
 * the device's own key pairs, and the device's response code.
 */
public final class UpdateDeviceCertificate {

  private UpdateDeviceCertificate() {}

  /** The command: the device certificate itself. */
  public record Command(EncodedCertificate certificate) implements DerPayload {

    public Command {
      Objects.requireNonNull(certificate);
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return new Command(e.certificate());
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return certificate.der().toByteArray();
    }
  }

  public enum ResponseCode {
    SUCCESS,
    INVALID_CERTIFICATE,
    WRONG_DEVICE_IDENTITY,
    INVALID_KEY_USAGE,
    NO_CORRESPONDING_KEY_PAIR_GENERATED,
    WRONG_PUBLIC_KEY,
    CERTIFICATE_STORAGE_FAILED,
    PRIVATE_KEY_CHANGE_FAILED;

    public int code() {
      return ordinal();
    }
  }

  public record Response(ResponseCode code) implements DerPayload {

    public Response {
      Objects.requireNonNull(code);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return new Response(e.integerCode(ResponseCode.values(), 0, "update device certificate response code"));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.integer(code.code()));
    }
  }
}

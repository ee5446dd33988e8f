package org.dccsim.gbcs.asn1;

import java.util.Objects;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;

/**
 * CS04 Unjoin Device (message codes 0x000F AC, 0x0010 B): remove a device from this device's
 * device log. The command is the other device's entity identifier alone.
 */
public final class UnjoinDevice {

  private UnjoinDevice() {}

  public record Command(Eui64 otherDeviceId) implements DerPayload {

    public Command {
      Objects.requireNonNull(otherDeviceId);
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return new Command(e.eui64());
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.eui64(otherDeviceId));
    }
  }

  public enum ResponseCode {
    SUCCESS,
    NOT_IN_DEVICE_LOG,
    OTHER_FAILURE;

    public int code() {
      return ordinal();
    }
  }

  public record Response(ResponseCode code) implements DerPayload {

    public Response {
      Objects.requireNonNull(code);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return new Response(e.integerCode(ResponseCode.values(), 0, "unjoin response code"));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.integer(code.code()));
    }
  }
}

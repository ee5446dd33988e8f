package org.dccsim.gbcs.asn1;

import java.time.Instant;
import java.util.Objects;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * The firmware of a PPMID or HCALCS, which the Comms Hub answers for: CS08 Read PPMID/HCALCS
 * Firmware Version (message code 0x0129; the command is NULL) and the CS09 alert (0x012B) that
 * reports the version after an activation.
 */
public final class PpmidHcalcsFirmware {

  private PpmidHcalcsFirmware() {}

  public record ReadCommand() implements DerPayload {

    static ReadCommand read(DerElement e) throws GbcsCodecException {
      e.nullValue();
      return new ReadCommand();
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.nullValue());
    }
  }

  public record ReadResponse(ByteSlice firmwareVersion, ReadOutcome code) implements DerPayload {

    public ReadResponse {
      Objects.requireNonNull(firmwareVersion);
      Objects.requireNonNull(code);
    }

    static ReadResponse read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new ReadResponse(ByteSlice.copyOf(s.next("firmwareVersion").octets()),
          s.next("responseCode").integerCode(ReadOutcome.values(), 0, "read response code")));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.octets(firmwareVersion), Der.integer(code.code())));
    }
  }

  /** The version after an activation and whether activating the image succeeded. */
  public record VersionAlert(int alertCode, Instant executionDateTime, ByteSlice firmwareVersion, boolean activated)
      implements DerAlert {

    public VersionAlert {
      Der.requireAlertCode(alertCode);
      Objects.requireNonNull(executionDateTime);
      Objects.requireNonNull(firmwareVersion);
    }

    static VersionAlert read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new VersionAlert(s.next("alertCode").alertCode(), s.next("executionDateTime").generalizedTime(),
          ByteSlice.copyOf(s.next("firmwareVersion").octets()), s.next("activateImage").integer(0, 1) == 0));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.integer(alertCode), Der.time(executionDateTime),
          Der.octets(firmwareVersion),
          Der.integer(activated ? 0 : 1)));
    }
  }
}

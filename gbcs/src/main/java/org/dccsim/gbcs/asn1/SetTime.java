package org.dccsim.gbcs.asn1;

import java.time.Instant;
import java.util.Objects;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * GCS28 Set Time (message code 0x007F) on the GPF: the device sets its clock from the Comms Hub's
 * if that lies within the validity interval, and answers with its time and time status.
 */
public final class SetTime {

  private SetTime() {}

  public record Command(Instant validityIntervalStart, Instant validityIntervalEnd) implements DerPayload {

    public Command {
      Objects.requireNonNull(validityIntervalStart);
      Objects.requireNonNull(validityIntervalEnd);
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new Command(s.next("validityIntervalStart").generalizedTime(),
          s.next("validityIntervalEnd").generalizedTime()));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.time(validityIntervalStart), Der.time(validityIntervalEnd)));
    }
  }

  public enum DeviceTimeStatus {
    RELIABLE,
    INVALID,
    UNRELIABLE;

    public int code() {
      return ordinal();
    }
  }

  public record Response(Instant deviceTime, DeviceTimeStatus status) implements DerPayload {

    public Response {
      Objects.requireNonNull(deviceTime);
      Objects.requireNonNull(status);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new Response(s.next("deviceTime").generalizedTime(),
          s.next("deviceTimeStatus").integerCode(DeviceTimeStatus.values(), 0, "device time status")));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.time(deviceTime), Der.integer(status.code())));
    }
  }
}

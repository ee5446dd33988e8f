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
      DerSequence s = e.sequence();
      Command c = new Command(s.next("validityIntervalStart").generalizedTime(),
          s.next("validityIntervalEnd").generalizedTime());
      s.end();
      return c;
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

    static DeviceTimeStatus ofCode(int code) {
      return code >= 0 && code < values().length ? values()[code] : null;
    }
  }

  public record Response(Instant deviceTime, DeviceTimeStatus status) implements DerPayload {

    public Response {
      Objects.requireNonNull(deviceTime);
      Objects.requireNonNull(status);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      DerSequence s = e.sequence();
      Response r = new Response(s.next("deviceTime").generalizedTime(),
          s.next("deviceTimeStatus").integerCode(DeviceTimeStatus::ofCode, "device time status"));
      s.end();
      return r;
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.time(deviceTime), Der.integer(status.code())));
    }
  }
}

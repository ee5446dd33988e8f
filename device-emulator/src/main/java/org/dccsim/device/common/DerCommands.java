package org.dccsim.device.common;

import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.DecodedDerPayload;
import org.dccsim.gbcs.asn1.DerLengthForm;
import org.dccsim.gbcs.asn1.DerPayload;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Reading the DER payload of a verified command, and the date-time DER responses carry. */
public final class DerCommands {

  private DerCommands() {}

  /** A command's payload as read, and the DER length form it came in (a response may answer in it). */
  public record Parsed<T extends DerPayload>(T payload, DerLengthForm lengthForm) {
    /** {@code response} encoded in the command's length form. */
    public byte[] answer(DerPayload response) {
      return response.toDer(lengthForm);
    }
  }

  /**
   * The command's payload as the structure its message code defines.
   *
   * @throws CommandRejected PAYLOAD_INVALID when it is not that structure
   */
  static <T extends DerPayload> T parse(VerifiedCommand command, Class<T> type) throws CommandRejected {
    return read(command, type).payload();
  }

  /** As {@link #parse}, with the length form the payload came in. */
  public static <T extends DerPayload> Parsed<T> read(VerifiedCommand command, Class<T> type) throws CommandRejected {
    DecodedDerPayload decoded;
    try {
      decoded = DerPayloadCodec.decode(command.apdu());
    } catch (GbcsCodecException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, e.getMessage());
    }
    DerPayload payload = decoded.payload();
    if (!type.isInstance(payload)) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID,
          "a " + type.getSimpleName() + " payload, not " + payload.getClass().getSimpleName());
    }
    return new Parsed<>(type.cast(payload), decoded.lengthForm());
  }

  /** The device's time, as the responses of credentials updates and firmware activation carry it. */
  static Optional<CosemDateTime> now(EmulatedDevice device, DeviceServices services) {
    return Optional.of(DeviceTime.cosem(device.now(services)));
  }
}

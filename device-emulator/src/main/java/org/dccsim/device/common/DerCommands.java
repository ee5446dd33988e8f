package org.dccsim.device.common;

import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.DerPayload;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Reading the DER payload of a verified command, and the date-time DER responses carry. */
final class DerCommands {

  private DerCommands() {}

  /**
   * The command's payload as the structure its message code defines.
   *
   * @throws CommandRejected PAYLOAD_INVALID when it is not that structure
   */
  static <T extends DerPayload> T parse(VerifiedCommand command, Class<T> type) throws CommandRejected {
    DerPayload payload;
    try {
      payload = DerPayloadCodec.decode(command.apdu()).payload();
    } catch (GbcsCodecException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, e.getMessage());
    }
    if (!type.isInstance(payload)) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID,
          "a " + type.getSimpleName() + " payload, not " + payload.getClass().getSimpleName());
    }
    return type.cast(payload);
  }

  /** The device's time, as the responses of credentials updates and firmware activation carry it. */
  static Optional<CosemDateTime> now(EmulatedDevice device, DeviceServices services) {
    return Optional.of(DeviceTime.cosem(device.now(services)));
  }
}

package org.dccsim.gbcs.gbz;

import java.util.OptionalInt;
import org.dccsim.gbcs.frame.ByteSlice;

/** Messaging cluster (0x0703) commands GBCS uses. */
public final class MessagingCommands {

  public static final int CLUSTER = 0x0703;

  private MessagingCommands() {}

  /** Display Message; the extended message control byte is optional in ZigBee SE. */
  public record DisplayMessage(
      long messageId, int messageControl, ZclUtcTime startTime, int durationInMinutes, ByteSlice message,
      OptionalInt extendedMessageControl) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<DisplayMessage> TYPE = ZclCommandType.toClient(0x00, f -> new DisplayMessage(
        f.u32("message id", DisplayMessage::messageId),
        f.u8("message control", DisplayMessage::messageControl),
        f.time("start time", DisplayMessage::startTime),
        f.u16("duration in minutes", DisplayMessage::durationInMinutes),
        f.octets("message", DisplayMessage::message),
        f.optionalU8("extended message control", DisplayMessage::extendedMessageControl)));

    @Override
    public ZclCommandType<DisplayMessage> type() {
      return TYPE;
    }
  }

  /** The commands above, for decoding. */
  static final ZclClusterCommands TYPES = ZclClusterCommands.of(DisplayMessage.TYPE);

}

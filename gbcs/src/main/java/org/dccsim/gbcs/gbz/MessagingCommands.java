package org.dccsim.gbcs.gbz;

import static org.dccsim.gbcs.gbz.ZclFields.octets;
import static org.dccsim.gbcs.gbz.ZclFields.u16;
import static org.dccsim.gbcs.gbz.ZclFields.u32;

import java.util.OptionalInt;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Messaging cluster (0x0703) commands GBCS uses. */
public final class MessagingCommands {

  public static final int CLUSTER = 0x0703;

  private MessagingCommands() {}

  /** Display Message; the extended message control byte is optional in ZigBee SE. */
  public record DisplayMessage(
      long messageId, int messageControl, ZclUtcTime startTime, int durationInMinutes, ByteSlice message,
      OptionalInt extendedMessageControl) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, messageId);
      w.u8(messageControl);
      startTime.writeTo(w);
      u16(w, durationInMinutes);
      octets(w, message);
      extendedMessageControl.ifPresent(w::u8);
    }
  }

  static ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    if (h.serverToClient() && h.commandId() == 0x00) {
      long id = u32(r, "message id");
      int control = r.u8("message control");
      ZclUtcTime start = ZclUtcTime.read(r, "start time");
      int duration = u16(r, "duration in minutes");
      ByteSlice message = octets(r, "message");
      OptionalInt extended = r.hasRemaining() ? OptionalInt.of(r.u8("extended message control")) : OptionalInt.empty();
      return new DisplayMessage(id, control, start, duration, message, extended);
    }
    return null;
  }
}

package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * Decodes a ZCL payload into its typed command, chosen by cluster, frame type, direction and
 * command id; a command GBCS gives no structure (or that this codec does not know) stays
 * {@link Unstructured}, so that every frame still round-trips byte for byte.
 */
public final class ZclCommandCodec {

  private ZclCommandCodec() {}

  /** The payload of a cluster command without a typed form here: its id, direction and bytes. */
  public record Unstructured(boolean clusterSpecific, boolean serverToClient, int commandId, ByteSlice payload)
      implements ZclCommand {
    @Override
    public void writeTo(ByteWriter w) {
      w.bytes(payload);
    }
  }

  public static ZclCommand decode(int clusterId, ZclHeader header, ByteSlice payload) throws GbcsCodecException {
    ByteReader r = ByteReader.of(payload);
    ZclCommand c = read(clusterId, header, r);
    r.expectEnd(String.format("ZCL command %02X of cluster %04X", header.commandId(), clusterId));
    return c;
  }

  static ZclCommand read(int clusterId, ZclHeader header, ByteReader r) throws GbcsCodecException {
    ZclCommand typed;
    if (!header.clusterSpecific()) {
      typed = GeneralCommands.read(header, r).orElse(null);
    } else {
      typed = switch (clusterId) {
        case PriceCommands.CLUSTER -> PriceCommands.TYPES.read(header, r);
        case MeteringCommands.CLUSTER -> MeteringCommands.TYPES.read(header, r);
        case MessagingCommands.CLUSTER -> MessagingCommands.TYPES.read(header, r);
        case PrepaymentCommands.CLUSTER -> PrepaymentCommands.TYPES.read(header, r);
        case CalendarCommands.CLUSTER -> CalendarCommands.TYPES.read(header, r);
        case DeviceManagementCommands.CLUSTER -> DeviceManagementCommands.TYPES.read(header, r);
        case EventsCommands.CLUSTER -> EventsCommands.TYPES.read(header, r);
        default -> null;
      };
    }
    return typed != null
        ? typed
        : new Unstructured(header.clusterSpecific(), header.serverToClient(), header.commandId(),
            r.slice(r.remaining(), "ZCL payload"));
  }

  public static byte[] encode(ZclCommand command) {
    ByteWriter w = new ByteWriter(32);
    command.writeTo(w);
    return w.toByteArray();
  }
}

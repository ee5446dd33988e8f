package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * A cluster-specific ZCL command as this codec knows it: its id, its direction and its fields in
 * wire order, stated once, from which both its decoder and its encoder follow.
 */
public final class ZclCommandType<T extends ZclCommand.ClusterSpecific> {

  private final int commandId;
  private final boolean serverToClient;
  private final ZclLayout<T> layout;

  private ZclCommandType(int commandId, boolean serverToClient, ZclLayout.Fields<T> fields) {
    if (commandId < 0 || commandId > 0xFF) {
      throw new IllegalArgumentException("a ZCL command id is one byte, not " + commandId);
    }
    this.commandId = commandId;
    this.serverToClient = serverToClient;
    this.layout = ZclLayout.of(fields);
  }

  /** A command the client side sends (the User's "Get", "Change", "Set" ...). */
  static <T extends ZclCommand.ClusterSpecific> ZclCommandType<T> toServer(int commandId, ZclLayout.Fields<T> fields) {
    return new ZclCommandType<>(commandId, false, fields);
  }

  /** A command the server side sends ("Publish ...", responses). */
  static <T extends ZclCommand.ClusterSpecific> ZclCommandType<T> toClient(int commandId, ZclLayout.Fields<T> fields) {
    return new ZclCommandType<>(commandId, true, fields);
  }

  public int commandId() {
    return commandId;
  }

  public boolean serverToClient() {
    return serverToClient;
  }

  T read(ByteReader r) throws GbcsCodecException {
    return layout.read(r);
  }

  /** Writes {@code command}, whose {@link ZclCommand.ClusterSpecific#type()} this is. */
  @SuppressWarnings("unchecked")
  void write(ZclCommand.ClusterSpecific command, ByteWriter w) {
    layout.write((T) command, w);
  }
}

package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** The typed commands of one cluster, found by direction and command id when decoding. */
final class ZclClusterCommands {

  private final ZclCommandType<?>[] toServer = new ZclCommandType<?>[256];
  private final ZclCommandType<?>[] toClient = new ZclCommandType<?>[256];

  private ZclClusterCommands() {}

  static ZclClusterCommands of(ZclCommandType<?>... types) {
    ZclClusterCommands cluster = new ZclClusterCommands();
    for (ZclCommandType<?> t : types) {
      ZclCommandType<?>[] byId = t.serverToClient() ? cluster.toClient : cluster.toServer;
      if (byId[t.commandId()] != null) {
        throw new IllegalArgumentException(String.format("two commands %02X in one direction", t.commandId()));
      }
      byId[t.commandId()] = t;
    }
    return cluster;
  }

  /** The command {@code h} announces, or null when this cluster has no typed form of it. */
  ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    ZclCommandType<?> t = (h.serverToClient() ? toClient : toServer)[h.commandId()];
    return t == null ? null : t.read(r);
  }
}

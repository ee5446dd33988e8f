package org.dccsim.device.zcl;

import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclHeader;

/**
 * A ZCL command of a cluster: general or cluster-specific, its direction and its id. A calendar
 * cluster's command 01 is Get Day Profiles one way and Publish Day Profile the other, so the
 * direction is part of the name.
 */
public record ZclCommandRef(int clusterId, boolean clusterSpecific, boolean serverToClient, int commandId) {

  public ZclCommandRef {
    if (clusterId < 0 || clusterId > 0xFFFF || commandId < 0 || commandId > 0xFF) {
      throw new IllegalArgumentException(
          String.format("a cluster id is 2 bytes and a command id 1, not %X/%X", clusterId, commandId));
    }
  }

  /** A cluster-specific command the client side sends (Get..., Change..., Set...). */
  public static ZclCommandRef toServer(int clusterId, int commandId) {
    return new ZclCommandRef(clusterId, true, false, commandId);
  }

  /** A cluster-specific command the server side sends (Publish...). */
  public static ZclCommandRef toClient(int clusterId, int commandId) {
    return new ZclCommandRef(clusterId, true, true, commandId);
  }

  /** A general (profile-wide) command such as Read Attributes, in the client-to-server direction. */
  public static ZclCommandRef general(int clusterId, int commandId) {
    return new ZclCommandRef(clusterId, false, false, commandId);
  }

  /** A general command in the server-to-client direction, such as Read Attributes Response. */
  public static ZclCommandRef generalResponse(int clusterId, int commandId) {
    return new ZclCommandRef(clusterId, false, true, commandId);
  }

  public static ZclCommandRef of(int clusterId, ZclHeader header) {
    return new ZclCommandRef(clusterId, header.clusterSpecific(), header.serverToClient(), header.commandId());
  }

  public static ZclCommandRef of(int clusterId, ZclCommand command) {
    return new ZclCommandRef(clusterId, command.clusterSpecific(), command.serverToClient(), command.commandId());
  }

  /** All four fields in one int, the form tables keep. */
  public int key() {
    return clusterId << 16 | (clusterSpecific ? 0x200 : 0) | (serverToClient ? 0x100 : 0) | commandId;
  }

  @Override
  public String toString() {
    return String.format("%04X/%s%s%02X", clusterId, clusterSpecific ? "" : "general ",
        serverToClient ? "s>c " : "c>s ", commandId);
  }
}

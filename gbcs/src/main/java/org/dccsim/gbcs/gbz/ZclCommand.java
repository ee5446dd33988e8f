package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteWriter;

/**
 * The payload of a ZCL frame (what follows the frame header), typed by command. General
 * (profile-wide) commands apply to any cluster; cluster-specific ones belong to one cluster and
 * one direction.
 */
public interface ZclCommand {

  int commandId();

  boolean clusterSpecific();

  boolean serverToClient();

  void writeTo(ByteWriter w);

  /**
   * A cluster-specific command with a typed form: its {@link ZclCommandType} states its id,
   * direction (client to server for the User's "Get", "Change", "Set"; server to client for
   * "Publish ...") and fields, and encodes it.
   */
  interface ClusterSpecific extends ZclCommand {
    ZclCommandType<?> type();

    @Override
    default int commandId() {
      return type().commandId();
    }

    @Override
    default boolean clusterSpecific() {
      return true;
    }

    @Override
    default boolean serverToClient() {
      return type().serverToClient();
    }

    @Override
    default void writeTo(ByteWriter w) {
      type().write(this, w);
    }
  }
}

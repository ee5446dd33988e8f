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

  /** A cluster-specific command sent by the client side (e.g. the User's "Get", "Change", "Set"). */
  interface ToServer extends ZclCommand {
    @Override
    default boolean clusterSpecific() {
      return true;
    }

    @Override
    default boolean serverToClient() {
      return false;
    }
  }

  /** A cluster-specific command sent by the server side (e.g. "Publish ..."). */
  interface ToClient extends ZclCommand {
    @Override
    default boolean clusterSpecific() {
      return true;
    }

    @Override
    default boolean serverToClient() {
      return true;
    }
  }
}

package org.dccsim.gbcs.gbz;

/**
 * The ZCL frame header as a GBZ component carries it: frame control, transaction sequence number
 * and command id. GBCS uses no manufacturer-specific frames, so the manufacturer code is never
 * present.
 */
public record ZclHeader(int frameControl, int sequence, int commandId) {

  public static final int CLUSTER_SPECIFIC = 0x01;
  public static final int MANUFACTURER_SPECIFIC = 0x04;
  public static final int SERVER_TO_CLIENT = 0x08;
  public static final int DISABLE_DEFAULT_RESPONSE = 0x10;

  public ZclHeader {
    if ((frameControl & ~0x1F) != 0 || (frameControl & 0x02) != 0 || (frameControl & MANUFACTURER_SPECIFIC) != 0) {
      throw new IllegalArgumentException(String.format(
          "a GBCS ZCL frame control has only the frame type, direction and default-response bits, not %02X", frameControl));
    }
    if (sequence < 0 || sequence > 0xFF || commandId < 0 || commandId > 0xFF) {
      throw new IllegalArgumentException("sequence and command id are one byte each");
    }
  }

  /** The header of {@code command}: frame type and direction from the command itself. */
  public static ZclHeader of(ZclCommand command, int sequence, boolean disableDefaultResponse) {
    int fc = (command.clusterSpecific() ? CLUSTER_SPECIFIC : 0)
        | (command.serverToClient() ? SERVER_TO_CLIENT : 0)
        | (disableDefaultResponse ? DISABLE_DEFAULT_RESPONSE : 0);
    return new ZclHeader(fc, sequence, command.commandId());
  }

  public boolean clusterSpecific() {
    return (frameControl & CLUSTER_SPECIFIC) != 0;
  }

  public boolean serverToClient() {
    return (frameControl & SERVER_TO_CLIENT) != 0;
  }

  public boolean defaultResponseDisabled() {
    return (frameControl & DISABLE_DEFAULT_RESPONSE) != 0;
  }

  /** Whether {@code command} is what this header announces (same kind, direction and id). */
  public boolean announces(ZclCommand command) {
    return command.commandId() == commandId
        && command.clusterSpecific() == clusterSpecific()
        && command.serverToClient() == serverToClient();
  }
}

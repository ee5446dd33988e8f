package org.dccsim.dcc.inventory;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/**
 * A device in a Comms Hub Function's or GPF's device log, as the DCC last knew it: its type and,
 * on a Comms Hub, the hash of the Trust Centre link key the hub established with it. The hash is
 * empty until the device has joined (GBCS CS14 backs such an entry up with a zero-length hash),
 * and always for a GPF's devices, which establish no link key with it.
 */
public record HanDeviceLogEntry(Eui64 deviceId, DeviceType type, byte[] hashedTcLinkKey) {

  /** The length of a hashed link key: an AES-MMO hash, one AES block. */
  public static final int HASHED_LINK_KEY_LENGTH = 16;

  public HanDeviceLogEntry {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(type, "type");
    if (hashedTcLinkKey.length != 0 && hashedTcLinkKey.length != HASHED_LINK_KEY_LENGTH) {
      throw new IllegalArgumentException("a hashed TC link key is " + HASHED_LINK_KEY_LENGTH
          + " bytes or none, not " + hashedTcLinkKey.length);
    }
    hashedTcLinkKey = hashedTcLinkKey.clone();
  }

  /** An entry without a link key: a GPF's device, or a Comms Hub's not yet joined. */
  public static HanDeviceLogEntry withoutLinkKey(Eui64 deviceId, DeviceType type) {
    return new HanDeviceLogEntry(deviceId, type, new byte[0]);
  }

  @Override
  public byte[] hashedTcLinkKey() {
    return hashedTcLinkKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HanDeviceLogEntry e && deviceId.equals(e.deviceId) && type == e.type
        && Arrays.equals(hashedTcLinkKey, e.hashedTcLinkKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceId, type, Arrays.hashCode(hashedTcLinkKey));
  }

  @Override
  public String toString() {
    return deviceId + " " + type + (hashedTcLinkKey.length == 0 ? "" : " " + HexFormat.of().formatHex(hashedTcLinkKey));
  }
}

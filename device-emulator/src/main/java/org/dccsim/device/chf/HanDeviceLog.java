package org.dccsim.device.chf;

import java.util.Arrays;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.smki.Eui64;

/**
 * One HAN device log a Comms Hub keeps (the CHF's own, or the one it holds for its Gas Proxy
 * Function): the PAN's extended identifier and, per device allowed to join, its EUI-64 and the
 * secret it joins with (the install code CCS01 gives, or the link key a CCS03 restore gives).
 * Immutable: a change makes a new log, so a reader never sees half of one.
 */
public final class HanDeviceLog {

  /** [?] How many devices one log admits: GBCS leaves it to the CHF technical specification. */
  public static final int CAPACITY = 32;

  private final ByteSlice extendedPanId;
  private final long[] devices;
  private final byte[][] keys;

  private HanDeviceLog(ByteSlice extendedPanId, long[] devices, byte[][] keys) {
    this.extendedPanId = extendedPanId;
    this.devices = devices;
    this.keys = keys;
  }

  /** An empty log on the PAN of {@code extendedPanId} (8 octets). */
  public static HanDeviceLog empty(ByteSlice extendedPanId) {
    if (extendedPanId.length() != 8) {
      throw new IllegalArgumentException("an extended PAN id has 8 octets, not " + extendedPanId.length());
    }
    return new HanDeviceLog(extendedPanId, new long[0], new byte[0][]);
  }

  /** An empty log on a PAN whose extended identifier is the hub's EUI-64 [?]. */
  public static HanDeviceLog empty(Eui64 hub) {
    return empty(ByteSlice.copyOf(hub.toBytes()));
  }

  public ByteSlice extendedPanId() {
    return extendedPanId;
  }

  public int size() {
    return devices.length;
  }

  /** The position of a device in the log; -1 when it is not there. */
  public int indexOf(Eui64 device) {
    for (int i = 0; i < devices.length; i++) {
      if (devices[i] == device.value()) {
        return i;
      }
    }
    return -1;
  }

  public Eui64 device(int i) {
    return new Eui64(devices[i]);
  }

  public byte[] key(int i) {
    return keys[i].clone();
  }

  /** The log with {@code device} in it, joining with {@code key} (replacing its key if present). */
  public HanDeviceLog with(Eui64 device, byte[] key) {
    int i = indexOf(device);
    long[] d = i < 0 ? Arrays.copyOf(devices, devices.length + 1) : devices.clone();
    byte[][] k = i < 0 ? Arrays.copyOf(keys, keys.length + 1) : keys.clone();
    int at = i < 0 ? devices.length : i;
    d[at] = device.value();
    k[at] = key.clone();
    return new HanDeviceLog(extendedPanId, d, k);
  }

  /** The log without {@code device}; this log when it is not there. */
  public HanDeviceLog without(Eui64 device) {
    int i = indexOf(device);
    if (i < 0) {
      return this;
    }
    long[] d = new long[devices.length - 1];
    byte[][] k = new byte[keys.length - 1][];
    System.arraycopy(devices, 0, d, 0, i);
    System.arraycopy(devices, i + 1, d, i, d.length - i);
    System.arraycopy(keys, 0, k, 0, i);
    System.arraycopy(keys, i + 1, k, i, k.length - i);
    return new HanDeviceLog(extendedPanId, d, k);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HanDeviceLog l && l.extendedPanId.equals(extendedPanId) && Arrays.equals(l.devices, devices)
        && Arrays.deepEquals(l.keys, keys);
  }

  @Override
  public int hashCode() {
    return extendedPanId.hashCode() * 31 + Arrays.hashCode(devices);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("HanDeviceLog[").append(extendedPanId).append(':');
    for (long d : devices) {
      s.append(' ').append(new Eui64(d));
    }
    return s.append(']').toString();
  }
}

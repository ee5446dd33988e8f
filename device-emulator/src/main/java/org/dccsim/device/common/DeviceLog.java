package org.dccsim.device.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.smki.Eui64;

/**
 * The devices a device may talk to over the HAN (its GBCS device log): EUI-64 and device type per
 * entry, and for a method C join the other device's key agreement certificate. Arrays sized to
 * their content, since a device log holds a handful of entries and changes rarely.
 */
final class DeviceLog {

  /** [?] How many entries a device log holds; GBCS leaves the size to the device's specification. */
  static final int CAPACITY = 16;

  private long[] ids = new long[0];
  private byte[] types = new byte[0];
  /** Key agreement certificates of method C partners, by entry; null while no entry has one. */
  private byte[][] certificates;
  /**
   * Last originator counter accepted per entry in a HAN-only command (PCS01, PCS02) from that
   * device; null until one arrives.
   */
  private long[] counters;

  int size() {
    return ids.length;
  }

  int indexOf(Eui64 device) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == device.value()) {
        return i;
      }
    }
    return -1;
  }

  GbcsDeviceType type(int index) {
    return GbcsDeviceType.values()[types[index]];
  }

  byte[] certificate(int index) {
    return certificates == null ? null : certificates[index];
  }

  long counter(int index) {
    return counters == null ? 0 : counters[index];
  }

  void setCounter(int index, long counter) {
    if (counters == null) {
      counters = new long[ids.length];
    }
    counters[index] = counter;
  }

  /** Adds an entry, or updates the certificate of an existing one. */
  void put(Eui64 device, GbcsDeviceType type, byte[] certificate) {
    int i = indexOf(device);
    if (i < 0) {
      i = ids.length;
      ids = Arrays.copyOf(ids, i + 1);
      types = Arrays.copyOf(types, i + 1);
      if (certificates != null) {
        certificates = Arrays.copyOf(certificates, i + 1);
      }
      if (counters != null) {
        counters = Arrays.copyOf(counters, i + 1);
      }
      ids[i] = device.value();
    }
    types[i] = (byte) type.ordinal();
    if (certificate != null) {
      if (certificates == null) {
        certificates = new byte[ids.length][];
      }
      certificates[i] = certificate.clone();
    }
  }

  boolean remove(Eui64 device) {
    int i = indexOf(device);
    if (i < 0) {
      return false;
    }
    ids = cut(ids, i);
    if (counters != null) {
      counters = cut(counters, i);
    }
    byte[] t = new byte[types.length - 1];
    System.arraycopy(types, 0, t, 0, i);
    System.arraycopy(types, i + 1, t, i, t.length - i);
    types = t;
    if (certificates != null) {
      byte[][] c = new byte[certificates.length - 1][];
      System.arraycopy(certificates, 0, c, 0, i);
      System.arraycopy(certificates, i + 1, c, i, c.length - i);
      certificates = c;
    }
    return true;
  }

  List<DeviceLogEntry> entries() {
    List<DeviceLogEntry> entries = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      entries.add(new DeviceLogEntry(new Eui64(ids[i]), type(i)));
    }
    return entries;
  }

  private static long[] cut(long[] a, int i) {
    long[] b = new long[a.length - 1];
    System.arraycopy(a, 0, b, 0, i);
    System.arraycopy(a, i + 1, b, i, b.length - i);
    return b;
  }
}

package org.dccsim.device.common;

import java.util.List;
import java.util.Optional;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.smki.Eui64;

/**
 * The public face of a device's device log (its HAN peers): what CS03 joins add, CS04 unjoins
 * remove and CS07 reads. A population builder joins devices at build time through {@link #join};
 * the network reads {@link #peers} and {@link #isJoined} to route HAN traffic.
 */
public final class DeviceJoins {

  private DeviceJoins() {}

  /** The devices in the device log, in the order they joined. */
  public static List<DeviceLogEntry> peers(EmulatedDevice device) {
    synchronized (device) {
      DeviceLog log = logOf(device);
      return log == null ? List.of() : log.entries();
    }
  }

  public static boolean isJoined(EmulatedDevice device, Eui64 other) {
    synchronized (device) {
      DeviceLog log = logOf(device);
      return log != null && log.indexOf(other) >= 0;
    }
  }

  /** The key agreement certificate a method C join gave for {@code other}. */
  public static Optional<EncodedCertificate> partnerCertificate(EmulatedDevice device, Eui64 other) {
    synchronized (device) {
      DeviceLog log = logOf(device);
      int i = log == null ? -1 : log.indexOf(other);
      byte[] der = i < 0 ? null : log.certificate(i);
      return der == null ? Optional.empty() : Optional.of(EncodedCertificate.of(der));
    }
  }

  /**
   * Puts a device in the device log as it is (no join rules applied): how a population is built and
   * how a test seeds the state an RTDS response shows.
   */
  public static void join(EmulatedDevice device, Eui64 other, GbcsDeviceType type) {
    synchronized (device) {
      device.common().deviceLog().put(other, type, null);
    }
  }

  /** Removes a device from the device log; false when it was not there. */
  public static boolean unjoin(EmulatedDevice device, Eui64 other) {
    synchronized (device) {
      DeviceLog log = logOf(device);
      return log != null && log.remove(other);
    }
  }

  static DeviceLog logOf(EmulatedDevice device) {
    CommonState c = device.commonIfPresent();
    return c == null ? null : c.deviceLog;
  }
}

package org.dccsim.device.common;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;

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

  /** The device type {@code other} joined as; empty when it is not in the device log. */
  public static Optional<GbcsDeviceType> typeOf(EmulatedDevice device, Eui64 other) {
    synchronized (device) {
      DeviceLog log = logOf(device);
      int i = log == null ? -1 : log.indexOf(other);
      return i < 0 ? Optional.empty() : Optional.of(log.type(i));
    }
  }

  /**
   * {@code other} as the party of a HAN-only exchange: an anchor without a remote party role whose
   * key agreement key is the one its join gave, or for a device joined without a certificate (a
   * population built joined) the one its own certificate holds [?]; empty when {@code other} is not
   * joined or no key is known.
   */
  public static Optional<TrustAnchor> partnerAnchor(EmulatedDevice device, Eui64 other, DeviceServices services) {
    if (!isJoined(device, other)) {
      return Optional.empty();
    }
    Optional<PublicKey> key = partnerCertificate(device, other).map(c -> c.toSmki().publicKey());
    if (key.isEmpty()) {
      key = services.keyring().certificate(other, KeyUsage.KEY_AGREEMENT).map(SmkiCertificate::publicKey);
    }
    return key.map(k -> TrustAnchor.hanPartner(other, k));
  }

  /** The originator counter last accepted from {@code other} in a HAN-only command; 0 when none. */
  public static long lastCounter(EmulatedDevice device, Eui64 other) {
    synchronized (device) {
      DeviceLog log = logOf(device);
      int i = log == null ? -1 : log.indexOf(other);
      return i < 0 ? 0 : log.counter(i);
    }
  }

  /** Records the counter of a HAN-only command accepted from {@code other}, a joined device. */
  public static void setLastCounter(EmulatedDevice device, Eui64 other, long counter) {
    synchronized (device) {
      DeviceLog log = logOf(device);
      int i = log == null ? -1 : log.indexOf(other);
      if (i < 0) {
        throw new IllegalStateException(other + " is not joined to " + device.id());
      }
      log.setCounter(i, counter);
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

  /**
   * As {@link #join(EmulatedDevice, Eui64, GbcsDeviceType)}, with the key agreement certificate a
   * method C join gives.
   */
  public static void join(EmulatedDevice device, Eui64 other, GbcsDeviceType type, EncodedCertificate certificate) {
    synchronized (device) {
      device.common().deviceLog().put(other, type, certificate.der().toByteArray());
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

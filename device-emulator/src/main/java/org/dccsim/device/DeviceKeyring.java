package org.dccsim.device;

import java.security.PrivateKey;
import java.util.Optional;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;

/**
 * Where devices find their own private keys. A population's keys are derived on demand (see
 * {@code DeviceKeyDerivation}), so a device holds no key object of its own: it asks when it signs,
 * or once per trust anchor to agree a shared secret.
 */
@FunctionalInterface
public interface DeviceKeyring {

  /** The device's DS (signing) or KA (key agreement) private key. */
  PrivateKey privateKey(Eui64 device, KeyUsage usage);

  /**
   * The device's certificate for a usage, as SMKI issued it with the device (CS02e reads it); empty
   * where the keyring knows none.
   */
  default Optional<SmkiCertificate> certificate(Eui64 device, KeyUsage usage) {
    return Optional.empty();
  }
}

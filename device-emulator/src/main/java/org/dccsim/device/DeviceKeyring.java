package org.dccsim.device;

import java.security.PrivateKey;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;

/**
 * Where devices find their own private keys. A population's keys are derived on demand (see
 * {@code DeviceKeyDerivation}), so a device holds no key object of its own: it asks when it signs,
 * or once per trust anchor to agree a shared secret.
 */
@FunctionalInterface
public interface DeviceKeyring {

  /** The device's DS (signing) or KA (key agreement) private key. */
  PrivateKey privateKey(Eui64 device, KeyUsage usage);
}

package org.dccsim.smki;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Where a {@link SmkiRepository} finds device credentials it does not hold: the devices of a large
 * emulated population, whose keys and certificates are derived on demand rather than stored.
 */
public interface DeviceCredentialSource {

  /** No devices. */
  DeviceCredentialSource NONE = new DeviceCredentialSource() {
    @Override
    public Optional<Credential> credential(Eui64 device, KeyUsage usage) {
      return Optional.empty();
    }

    @Override
    public Optional<PublicKey> publicKey(Eui64 device, KeyUsage usage) {
      return Optional.empty();
    }
  };

  /** The device's certificate and private key, when it is one of this source's devices. */
  Optional<Credential> credential(Eui64 device, KeyUsage usage);

  /**
   * The device's public key alone, when it is one of this source's devices: what the DCC needs to
   * MAC a command, at a fraction of the cost of issuing the certificate. The same object is
   * returned while it stays cached, so shared-secret caches keyed on identity keep working.
   */
  Optional<PublicKey> publicKey(Eui64 device, KeyUsage usage);
}

package org.dccsim.app;

import java.security.PrivateKey;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dccsim.device.DeviceKeyring;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.pki.DerivedDeviceCredentials;
import org.dccsim.smki.pki.SmkiStore;

/**
 * The emulated devices' keys and certificates as the simulator's SMKI holds them: stored for the
 * demo premises, derived for a population's devices. A private key is derived on its own (cheap,
 * as every signature asks for one); a certificate (what CS02e returns, and what a HAN partner
 * joined without one is checked with) is issued only when asked for.
 */
final class DeviceCredentialKeyring implements DeviceKeyring {

  private final BiFunction<Eui64, KeyUsage, PrivateKey> keys;
  private final BiFunction<Eui64, KeyUsage, SmkiCertificate> certificates;

  private DeviceCredentialKeyring(
      BiFunction<Eui64, KeyUsage, PrivateKey> keys, BiFunction<Eui64, KeyUsage, SmkiCertificate> certificates) {
    this.keys = keys;
    this.certificates = certificates;
  }

  /** Every device's credentials stored in the data directory (created on first use). */
  static DeviceCredentialKeyring stored(SmkiStore store) {
    return new DeviceCredentialKeyring((d, u) -> store.device(d, u).privateKey(), (d, u) -> store.device(d, u).certificate());
  }

  /** {@code derived}'s devices derived, the others as {@code otherwise}. */
  static DeviceCredentialKeyring derived(DerivedDeviceCredentials derived, java.util.function.Predicate<Eui64> isDerived,
      DeviceCredentialKeyring otherwise) {
    return new DeviceCredentialKeyring(
        (d, u) -> isDerived.test(d) ? derived.privateKey(d, u) : otherwise.privateKey(d, u),
        (d, u) -> isDerived.test(d) ? derived.credential(d, u).orElseThrow().certificate() : otherwise.certificates.apply(d, u));
  }

  @Override
  public PrivateKey privateKey(Eui64 device, KeyUsage usage) {
    return keys.apply(device, usage);
  }

  @Override
  public Optional<SmkiCertificate> certificate(Eui64 device, KeyUsage usage) {
    return Optional.of(certificates.apply(device, usage));
  }
}

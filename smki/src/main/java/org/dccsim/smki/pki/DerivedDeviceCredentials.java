package org.dccsim.smki.pki;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.dccsim.smki.Credential;
import org.dccsim.smki.DeviceCredentialSource;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.SeededRandom;

/**
 * Credentials of population devices, derived on demand ({@link DeviceKeyDerivation}) and issued by
 * the Device CA deterministically: the certificate's serial and signature nonce come from a seed
 * derived like the key, and it is valid from the Device CA's own notBefore, so a device has the
 * same certificate on every run without anything being stored. Which EUI-64s are devices is the
 * population's to say ({@code isDevice}).
 *
 * <p>Issued certificates and public keys are kept in bounded caches (cleared when full: a miss
 * costs only recomputation, about 0.3 ms for a certificate and 0.05 ms for a public key).
 */
public final class DerivedDeviceCredentials implements DeviceCredentialSource {

  private record Slot(Eui64 device, KeyUsage usage) {}

  private final DeviceKeyDerivation keys;
  private final CertificateIssuer issuer;
  private final Instant notBefore;
  private final Predicate<Eui64> isDevice;
  private final int capacity;
  private final ConcurrentHashMap<Slot, Credential> credentials = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Slot, PublicKey> publicKeys = new ConcurrentHashMap<>();

  public DerivedDeviceCredentials(
      DeviceKeyDerivation keys, CertificateIssuer issuer, Predicate<Eui64> isDevice, int capacity) {
    this.keys = keys;
    this.issuer = issuer;
    this.notBefore = issuer.authorities().deviceCa().certificate().notBefore();
    this.isDevice = isDevice;
    this.capacity = capacity;
  }

  /** The derivation behind these credentials (devices use it for their private keys). */
  public DeviceKeyDerivation keys() {
    return keys;
  }

  @Override
  public Optional<Credential> credential(Eui64 device, KeyUsage usage) {
    if (!isDevice.test(device)) {
      return Optional.empty();
    }
    Slot slot = new Slot(device, usage);
    Credential c = credentials.get(slot);
    if (c == null) {
      c = issue(device, usage);
      if (credentials.size() >= capacity) {
        credentials.clear();
      }
      Credential raced = credentials.putIfAbsent(slot, c);
      c = raced != null ? raced : c;
    }
    return Optional.of(c);
  }

  @Override
  public Optional<PublicKey> publicKey(Eui64 device, KeyUsage usage) {
    if (!isDevice.test(device)) {
      return Optional.empty();
    }
    Slot slot = new Slot(device, usage);
    PublicKey k = publicKeys.get(slot);
    if (k == null) {
      k = EcKeys.publicKey(keys.scalar(device, usage));
      if (publicKeys.size() >= capacity) {
        publicKeys.clear();
      }
      PublicKey raced = publicKeys.putIfAbsent(slot, k);
      k = raced != null ? raced : k;
    }
    return Optional.of(k);
  }

  /** The private key alone: cheap, never cached. */
  public PrivateKey privateKey(Eui64 device, KeyUsage usage) {
    return keys.privateKey(device, usage);
  }

  private Credential issue(Eui64 device, KeyUsage usage) {
    BigInteger d = keys.scalar(device, usage);
    PublicKey publicKey = publicKey(device, usage).orElseThrow();
    SmkiCertificate certificate = issuer.issueDevice(
        device, usage, publicKey, notBefore, new SeededRandom(keys.certificateSeed(device, usage)));
    return new Credential(certificate, EcKeys.privateKey(d));
  }
}

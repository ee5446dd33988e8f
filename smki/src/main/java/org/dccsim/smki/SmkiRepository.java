package org.dccsim.smki;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.security.auth.x500.X500Principal;
import org.dccsim.smki.crypto.CryptoException;
import org.dccsim.smki.crypto.EcKeys;

/**
 * Every certificate (and private key) the simulator knows, indexed for the lookups of the request
 * path: by issuer and serial (XMLDSig X509IssuerSerial), by organisation EUI-64, role and usage
 * (GBCS originators and recipients), by device EUI-64 and usage.
 *
 * <p>Thread-safe. Reads are lock-free hash lookups that return precomputed objects; writes
 * (start-up, import, commissioning a device) are rare.
 *
 * <p><b>Preferred certificate.</b> When several certificates match one (EUI-64, role, usage), or
 * one device (EUI-64, usage) — for example the ZAZ1 test supplier's {@code Z1-supplier-ds} and
 * {@code Z1b-supplier-ds} — the preferred one is the one with the <em>earliest notBefore</em>, then
 * the lowest serial. For the public test material this is the Z1 generation, which the GBCS
 * Reference Test Data Set (RTDS) signs with. Lists of candidates are ordered the same way.
 */
public final class SmkiRepository {

  /** Certificates ordered by preference: earliest notBefore, then lowest serial, then issuer. */
  public static final Comparator<SmkiCertificate> PREFERENCE =
      Comparator.comparing(SmkiCertificate::notBefore)
          .thenComparing(SmkiCertificate::serial)
          .thenComparing(c -> c.issuer().getName(X500Principal.CANONICAL));

  /** Distinct issuer strings are few (one per CA); the bound only guards against junk input. */
  private static final int ISSUER_NAME_CACHE_LIMIT = 1024;

  private record IssuerSerial(X500Principal issuer, BigInteger serial) {}

  private record OrganisationKey(Eui64 eui, RemotePartyRole role, KeyUsage usage) {}

  private record EuiUsage(Eui64 eui, KeyUsage usage) {}

  private final ConcurrentMap<IssuerSerial, SmkiCertificate> byIssuerSerial =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<IssuerSerial, PrivateKey> privateKeys = new ConcurrentHashMap<>();
  private final ConcurrentMap<OrganisationKey, List<SmkiCertificate>> organisations =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<EuiUsage, List<SmkiCertificate>> organisationsByUsage =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<EuiUsage, List<SmkiCertificate>> devices = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, X500Principal> issuerNames = new ConcurrentHashMap<>();
  private volatile DeviceCredentialSource derivedDevices = DeviceCredentialSource.NONE;

  /**
   * Consults {@code source} for devices the repository does not hold (an emulated population whose
   * credentials are derived on demand). Stored certificates take precedence.
   */
  public void deriveDevicesFrom(DeviceCredentialSource source) {
    this.derivedDevices = Objects.requireNonNull(source, "source");
  }

  /**
   * Adds a certificate. Adding the same certificate again does nothing.
   *
   * @return true when the certificate was new
   * @throws SmkiException when a different certificate with the same issuer and serial is present
   */
  public boolean add(SmkiCertificate certificate) {
    IssuerSerial key = new IssuerSerial(certificate.issuer(), certificate.serial());
    SmkiCertificate present = byIssuerSerial.putIfAbsent(key, certificate);
    if (present != null) {
      if (!present.equals(certificate)) {
        throw new SmkiException(
            "a different certificate with issuer "
                + certificate.issuer().getName()
                + " and serial "
                + certificate.serialHex()
                + " is already present");
      }
      return false;
    }
    Eui64 eui = certificate.subjectEui().orElse(null);
    switch (certificate.kind()) {
      case ORGANISATION -> {
        RemotePartyRole role = certificate.role().orElseThrow();
        insert(organisations, new OrganisationKey(eui, role, certificate.usage()), certificate);
        insert(organisationsByUsage, new EuiUsage(eui, certificate.usage()), certificate);
      }
      case DEVICE -> insert(devices, new EuiUsage(eui, certificate.usage()), certificate);
      case CERTIFICATE_AUTHORITY -> {
        // found by issuer and serial only
      }
    }
    return true;
  }

  /**
   * Adds a certificate and its private key.
   *
   * @throws SmkiException when the key does not belong to the certificate
   */
  public void add(Credential credential) {
    SmkiCertificate certificate = credential.certificate();
    boolean pair;
    try {
      pair = EcKeys.isPair(credential.privateKey(), certificate.publicKey());
    } catch (CryptoException e) {
      throw new SmkiException("private key for " + certificate + ": " + e.getMessage(), e);
    }
    if (!pair) {
      throw new SmkiException("private key does not match the public key of " + certificate);
    }
    add(certificate);
    // keep the first key object: caches of shared secrets key on its identity
    privateKeys.putIfAbsent(
        new IssuerSerial(certificate.issuer(), certificate.serial()), credential.privateKey());
  }

  /** The certificate an XMLDSig X509IssuerSerial (or a CertificateDataRequest) names. */
  public Optional<SmkiCertificate> byIssuerAndSerial(X500Principal issuer, BigInteger serial) {
    return Optional.ofNullable(byIssuerSerial.get(new IssuerSerial(issuer, serial)));
  }

  /**
   * As {@link #byIssuerAndSerial}, with the issuer as XMLDSig's X509IssuerName writes it: an RFC
   * 2253 or RFC 1779 string such as "CN=Z1,OU=07" or "CN=Z1, OU=07". Names are compared in
   * canonical form (case, spacing and string type do not matter; RDN order does). A string that is
   * not a distinguished name finds nothing.
   */
  public Optional<SmkiCertificate> byIssuerNameAndSerial(String issuerName, BigInteger serial) {
    X500Principal issuer = issuerNames.get(issuerName);
    if (issuer == null) {
      try {
        issuer = new X500Principal(issuerName);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (issuerNames.size() >= ISSUER_NAME_CACHE_LIMIT) {
        issuerNames.clear();
      }
      issuerNames.put(issuerName, issuer);
    }
    return byIssuerAndSerial(issuer, serial);
  }

  /** The preferred organisation certificate for this EUI-64, role and usage (see class doc). */
  public Optional<SmkiCertificate> organisation(Eui64 eui, RemotePartyRole role, KeyUsage usage) {
    return first(organisations.get(new OrganisationKey(eui, role, usage)));
  }

  /** All organisation certificates for this EUI-64, role and usage, preferred first. */
  public List<SmkiCertificate> organisations(Eui64 eui, RemotePartyRole role, KeyUsage usage) {
    return orEmpty(organisations.get(new OrganisationKey(eui, role, usage)));
  }

  /** All organisation certificates of this EUI-64 with this usage, any role, preferred first. */
  public List<SmkiCertificate> organisations(Eui64 eui, KeyUsage usage) {
    return orEmpty(organisationsByUsage.get(new EuiUsage(eui, usage)));
  }

  /**
   * The preferred device certificate for this EUI-64 and usage: a stored one, else one the
   * {@linkplain #deriveDevicesFrom derived-device source} issues.
   */
  public Optional<SmkiCertificate> device(Eui64 eui, KeyUsage usage) {
    List<SmkiCertificate> stored = devices.get(new EuiUsage(eui, usage));
    if (stored != null) {
      return first(stored);
    }
    return derivedDevices.credential(eui, usage).map(Credential::certificate);
  }

  /**
   * The public key of the preferred device certificate for this EUI-64 and usage; for a derived
   * device, without issuing the certificate.
   */
  public Optional<PublicKey> devicePublicKey(Eui64 eui, KeyUsage usage) {
    List<SmkiCertificate> stored = devices.get(new EuiUsage(eui, usage));
    if (stored != null) {
      return first(stored).map(SmkiCertificate::publicKey);
    }
    return derivedDevices.publicKey(eui, usage);
  }

  /** The private key of a certificate, when the repository holds it or derives it. */
  public Optional<PrivateKey> privateKey(SmkiCertificate certificate) {
    PrivateKey stored = privateKeys.get(new IssuerSerial(certificate.issuer(), certificate.serial()));
    if (stored != null || certificate.kind() != CertificateKind.DEVICE) {
      return Optional.ofNullable(stored);
    }
    return derivedDevices.credential(certificate.subjectEui().orElseThrow(), certificate.usage())
        .filter(c -> c.certificate().equals(certificate))
        .map(Credential::privateKey);
  }

  /** The certificate with its private key, when the repository holds the key. */
  public Optional<Credential> credential(SmkiCertificate certificate) {
    return privateKey(certificate).map(k -> new Credential(certificate, k));
  }

  /** Every certificate, ordered by kind, then preference; a snapshot. */
  public List<SmkiCertificate> all() {
    List<SmkiCertificate> list = new ArrayList<>(byIssuerSerial.values());
    list.sort(Comparator.comparing(SmkiCertificate::kind).thenComparing(PREFERENCE));
    return list;
  }

  public int size() {
    return byIssuerSerial.size();
  }

  /** How many certificates have their private key here. */
  public int credentialCount() {
    return privateKeys.size();
  }

  private static <K> void insert(
      ConcurrentMap<K, List<SmkiCertificate>> index, K key, SmkiCertificate certificate) {
    // copy-on-write: readers always see a complete, sorted, immutable list
    index.merge(
        key,
        List.of(certificate),
        (old, one) -> {
          List<SmkiCertificate> merged = new ArrayList<>(old.size() + 1);
          merged.addAll(old);
          merged.add(certificate);
          merged.sort(PREFERENCE);
          return List.copyOf(merged);
        });
  }

  private static Optional<SmkiCertificate> first(List<SmkiCertificate> candidates) {
    return candidates == null ? Optional.empty() : Optional.of(candidates.get(0));
  }

  private static List<SmkiCertificate> orEmpty(List<SmkiCertificate> candidates) {
    return candidates == null ? List.of() : candidates;
  }
}

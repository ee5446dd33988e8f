package org.dccsim.smki.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.dccsim.smki.CertificateKind;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.PemCodec;
import org.dccsim.smki.PrivateKeys;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiException;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;

/**
 * The simulator's own SMKI, kept in a data directory so that a restart reuses it: the same CAs,
 * serials and keys, hence the same certificates that Users have already downloaded. Credentials are
 * created on first request and persisted at once.
 *
 * <p>Layout under {@code <dataDir>/smki/}:
 *
 * <pre>
 * ca/root.pem, ca/root.key                        Root (OU=00, CN=DS0), self-signed
 * ca/oca.pem,  ca/oca.key                         Organisation CA (OU=07, CN=DS1)
 * ca/dca.pem,  ca/dca.key                         Device CA (CN=DS2)
 * organisations/&lt;eui&gt;-&lt;role&gt;-&lt;ds|ka&gt;.pem/.key   e.g. 90b3d51f30010000-02-ds.pem
 * devices/&lt;eui&gt;-&lt;ds|ka&gt;.pem/.key               e.g. 00db1234567890a0-ka.pem
 * </pre>
 *
 * {@code <eui>} is 16 lower-case hex digits, {@code <role>} the role code as 2 lower-case hex
 * digits. Certificates are PEM "CERTIFICATE"; keys are PKCS#8 PEM "PRIVATE KEY" (owner-only where
 * the file system has POSIX permissions), the forms DCC Boxed clients read. Each file is written to
 * a temporary name in its directory and then renamed, so a crash never leaves a partial file; the
 * key is written before its certificate, so a certificate on disk always has its key. One process
 * at a time may use a data directory.
 *
 * <p>Opening loads every credential present, so that a User holding a key from an earlier run is
 * recognised before anything asks for that credential again.
 */
public final class SmkiStore {

  private static final String CERT = ".pem";
  private static final String KEY = ".key";
  private static final String TEMP_PREFIX = ".tmp-";
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private record OrganisationSlot(Eui64 eui, RemotePartyRole role, KeyUsage usage) {}

  private record DeviceSlot(Eui64 eui, KeyUsage usage) {}

  private final Path root;
  private final Path organisationDir;
  private final Path deviceDir;
  private final CertificateIssuer issuer;
  private final SecureRandom random;
  private final SmkiRepository repository = new SmkiRepository();
  private final ConcurrentMap<OrganisationSlot, Credential> organisations =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<DeviceSlot, Credential> devices = new ConcurrentHashMap<>();
  private final Object creationLock = new Object();

  private SmkiStore(
      Path root, CertificateAuthorities authorities, Clock clock, SecureRandom random) {
    this.root = root;
    this.organisationDir = root.resolve("organisations");
    this.deviceDir = root.resolve("devices");
    this.random = random;
    this.issuer = new CertificateIssuer(authorities, clock, random);
    repository.add(authorities.root());
    repository.add(authorities.organisationCa());
    repository.add(authorities.deviceCa());
  }

  /**
   * Opens the store in {@code dataDir/smki}, creating the CA hierarchy on first use and loading
   * every credential already there.
   *
   * @throws SmkiException when a stored file is unreadable or inconsistent (named in the message)
   * @throws UncheckedIOException when the directory cannot be read or written
   */
  public static SmkiStore open(Path dataDir, Clock clock, SecureRandom random) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Path root = dataDir.resolve("smki");
    try {
      Files.createDirectories(root.resolve("ca"));
      Files.createDirectories(root.resolve("organisations"));
      Files.createDirectories(root.resolve("devices"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the SMKI store in " + root, e);
    }
    SmkiStore store =
        new SmkiStore(
            root, loadOrCreateAuthorities(root.resolve("ca"), clock, random), clock, random);
    store.loadCredentials();
    return store;
  }

  /**
   * The organisation credential for this EUI-64, role and usage: the stored one, or a new key pair
   * and certificate (issued by the Organisation CA), persisted before it is returned.
   *
   * @param name the subject CN to give a new certificate, or null; an existing certificate keeps
   *     the name it was created with
   */
  public Credential organisation(Eui64 eui, RemotePartyRole role, KeyUsage usage, String name) {
    OrganisationSlot slot = new OrganisationSlot(eui, role, usage);
    Credential c = organisations.get(slot);
    if (c != null) {
      return c;
    }
    synchronized (creationLock) {
      c = organisations.get(slot);
      if (c == null) {
        KeyPair keys = EcKeys.generate(random);
        SmkiCertificate cert = issuer.issueOrganisation(eui, role, usage, name, keys.getPublic());
        c =
            persist(
                organisationDir, organisationFileName(eui, role, usage), cert, keys.getPrivate());
        organisations.put(slot, c);
      }
      return c;
    }
  }

  /**
   * The device credential for this EUI-64 and usage: the stored one, or a new key pair and
   * certificate (issued by the Device CA), persisted before it is returned.
   */
  public Credential device(Eui64 eui, KeyUsage usage) {
    DeviceSlot slot = new DeviceSlot(eui, usage);
    Credential c = devices.get(slot);
    if (c != null) {
      return c;
    }
    synchronized (creationLock) {
      c = devices.get(slot);
      if (c == null) {
        KeyPair keys = EcKeys.generate(random);
        SmkiCertificate cert = issuer.issueDevice(eui, usage, keys.getPublic());
        c = persist(deviceDir, deviceFileName(eui, usage), cert, keys.getPrivate());
        devices.put(slot, c);
      }
      return c;
    }
  }

  /**
   * Makes the credentials of the devices {@code isDevice} names derived rather than stored: their
   * keys come from the Device CA's key by {@link DeviceKeyDerivation}, their certificates are issued
   * on first request (deterministically, so every start publishes the same ones), and the
   * repository answers for them. Nothing is written to the data directory.
   *
   * @param cacheCapacity how many derived certificates and public keys to keep at most
   */
  public DerivedDeviceCredentials deriveDevices(Predicate<Eui64> isDevice, int cacheCapacity) {
    DerivedDeviceCredentials derived = new DerivedDeviceCredentials(
        DeviceKeyDerivation.fromDeviceCa(issuer.authorities().deviceCa().privateKey()), issuer, isDevice,
        cacheCapacity);
    repository.deriveDevicesFrom(derived);
    return derived;
  }

  /** Every certificate and key loaded or created so far, the CAs included. */
  public SmkiRepository repository() {
    return repository;
  }

  public CertificateAuthorities authorities() {
    return issuer.authorities();
  }

  /** {@code <dataDir>/smki}. */
  public Path directory() {
    return root;
  }

  // ---------------------------------------------------------------------------------------------

  private static CertificateAuthorities loadOrCreateAuthorities(
      Path dir, Clock clock, SecureRandom random) {
    String[] names = {"root", "oca", "dca"};
    int present = 0;
    for (String n : names) {
      present += Files.exists(dir.resolve(n + CERT)) ? 1 : 0;
    }
    if (present == 0) {
      CertificateAuthorities created = CertificateIssuer.createAuthorities(clock, random);
      write(dir.resolve("root" + KEY), PrivateKeys.toPem(created.root().privateKey()), true);
      write(dir.resolve("root" + CERT), pem(created.root().certificate()), false);
      write(
          dir.resolve("oca" + KEY), PrivateKeys.toPem(created.organisationCa().privateKey()), true);
      write(dir.resolve("oca" + CERT), pem(created.organisationCa().certificate()), false);
      write(dir.resolve("dca" + KEY), PrivateKeys.toPem(created.deviceCa().privateKey()), true);
      write(dir.resolve("dca" + CERT), pem(created.deviceCa().certificate()), false);
      return created;
    }
    if (present != names.length) {
      throw new SmkiException(
          dir
              + ": the CA hierarchy is incomplete (root, oca and dca .pem are needed together);"
              + " remove the directory to generate a new SMKI");
    }
    Credential rootCa = load(dir.resolve("root" + CERT), dir.resolve("root" + KEY));
    Credential oca = load(dir.resolve("oca" + CERT), dir.resolve("oca" + KEY));
    Credential dca = load(dir.resolve("dca" + CERT), dir.resolve("dca" + KEY));
    for (Credential ca : new Credential[] {rootCa, oca, dca}) {
      if (ca.certificate().kind() != CertificateKind.CERTIFICATE_AUTHORITY) {
        throw new SmkiException(dir + ": " + ca.certificate() + " is not a CA certificate");
      }
      if (!EcKeys.isPair(ca.privateKey(), ca.certificate().publicKey())) {
        throw new SmkiException(dir + ": the key of " + ca.certificate() + " does not match it");
      }
    }
    requireIssuedBy(oca.certificate(), rootCa.certificate(), dir.resolve("oca" + CERT));
    requireIssuedBy(dca.certificate(), rootCa.certificate(), dir.resolve("dca" + CERT));
    return new CertificateAuthorities(rootCa, oca, dca);
  }

  private static void requireIssuedBy(SmkiCertificate cert, SmkiCertificate ca, Path file) {
    try {
      cert.x509().verify(ca.publicKey(), CryptoProvider.bouncyCastle());
    } catch (GeneralSecurityException e) {
      throw new SmkiException(file + ": not signed by the stored root (" + e.getMessage() + ")", e);
    }
  }

  private void loadCredentials() {
    loadDirectory(
        organisationDir,
        CertificateKind.ORGANISATION,
        authorities().organisationCa().certificate());
    loadDirectory(deviceDir, CertificateKind.DEVICE, authorities().deviceCa().certificate());
  }

  private void loadDirectory(Path dir, CertificateKind kind, SmkiCertificate ca) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + CERT)) {
      for (Path certFile : files) {
        String fileName = certFile.getFileName().toString();
        if (fileName.startsWith(TEMP_PREFIX)) {
          continue;
        }
        String base = fileName.substring(0, fileName.length() - CERT.length());
        Credential c = load(certFile, dir.resolve(base + KEY));
        SmkiCertificate cert = c.certificate();
        if (cert.kind() != kind || !cert.issuer().equals(ca.x509().getSubjectX500Principal())) {
          throw new SmkiException(
              certFile + ": holds " + cert + ", not a " + kind + " certificate of this store's CA");
        }
        Eui64 eui = cert.subjectEui().orElseThrow();
        String expected =
            kind == CertificateKind.DEVICE
                ? deviceFileName(eui, cert.usage())
                : organisationFileName(eui, cert.role().orElseThrow(), cert.usage());
        if (!expected.equals(base)) {
          throw new SmkiException(
              certFile + ": holds " + cert + ", which belongs in " + expected + CERT);
        }
        try {
          repository.add(c);
        } catch (SmkiException e) {
          throw new SmkiException(certFile + ": " + e.getMessage(), e);
        }
        if (kind == CertificateKind.DEVICE) {
          devices.put(new DeviceSlot(eui, cert.usage()), c);
        } else {
          organisations.put(new OrganisationSlot(eui, cert.role().orElseThrow(), cert.usage()), c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Reads a certificate and its key; whether they pair is checked where they are added. */
  private static Credential load(Path certFile, Path keyFile) {
    if (!Files.exists(keyFile)) {
      throw new SmkiException(
          certFile + ": its private key " + keyFile.getFileName() + " is missing");
    }
    SmkiCertificate cert;
    PrivateKey key;
    try {
      cert = SmkiCertificate.parse(read(certFile));
    } catch (SmkiException e) {
      throw new SmkiException(certFile + ": " + e.getMessage(), e);
    }
    try {
      key = PrivateKeys.parse(read(keyFile));
    } catch (SmkiException e) {
      throw new SmkiException(keyFile + ": " + e.getMessage(), e);
    }
    return new Credential(cert, key);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private Credential persist(Path dir, String base, SmkiCertificate cert, PrivateKey key) {
    write(dir.resolve(base + KEY), PrivateKeys.toPem(key), true);
    write(dir.resolve(base + CERT), pem(cert), false);
    Credential c = new Credential(cert, key);
    repository.add(c);
    return c;
  }

  /** Writes to a temporary file in the target's directory, then renames it over the target. */
  private static void write(Path target, String content, boolean secret) {
    Path tmp = null;
    try {
      // createTempFile gives owner-only permissions on POSIX file systems
      tmp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".part");
      Files.writeString(tmp, content, StandardCharsets.US_ASCII);
      if (!secret && POSIX) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static String pem(SmkiCertificate cert) {
    return PemCodec.encode(PemCodec.CERTIFICATE, cert.der());
  }

  static String organisationFileName(Eui64 eui, RemotePartyRole role, KeyUsage usage) {
    return eui.toCompactHex() + '-' + role.hex() + '-' + usageSuffix(usage);
  }

  static String deviceFileName(Eui64 eui, KeyUsage usage) {
    return eui.toCompactHex() + '-' + usageSuffix(usage);
  }

  private static String usageSuffix(KeyUsage usage) {
    return usage == KeyUsage.DIGITAL_SIGNATURE ? "ds" : "ka";
  }
}

package org.dccsim.dcc.xmldsig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.testing.ReferenceData;

/**
 * The ZAZ1 organisation certificates and keys DCC Boxed ships (smki/org-keys), as a {@link
 * SignerResolver} keyed by issuer and serial, standing in for the SMKI repository in tests.
 */
public final class OrgKeyRing implements SignerResolver {

  private record IssuerSerial(X500Principal issuer, BigInteger serial) {}

  private final Map<String, X509Certificate> certificates = new HashMap<>();
  private final Map<String, PrivateKey> privateKeys = new HashMap<>();
  private final Map<IssuerSerial, Signer> signers = new HashMap<>();

  private OrgKeyRing() {}

  public static OrgKeyRing load() {
    OrgKeyRing ring = new OrgKeyRing();
    Path dir = ReferenceData.require("smki/org-keys");
    try (Stream<Path> files = Files.list(dir)) {
      CertificateFactory x509 = CertificateFactory.getInstance("X.509");
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        String file = p.getFileName().toString();
        if (file.endsWith(".key.pem")) {
          continue; // a PEM copy of a .key
        }
        if (file.endsWith(".pem")) {
          String name = file.substring(0, file.length() - 4);
          try (InputStream in = Files.newInputStream(p)) {
            X509Certificate cert = (X509Certificate) x509.generateCertificate(in);
            ring.certificates.put(name, cert);
            ring.signers.put(
                new IssuerSerial(cert.getIssuerX500Principal(), cert.getSerialNumber()),
                signerOf(cert));
          }
        } else if (file.endsWith(".key")) {
          String name = file.substring(0, file.length() - 4);
          ring.privateKeys.put(name, EcKeys.privateKeyFromPkcs8(Files.readAllBytes(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return ring;
  }

  @Override
  public Optional<Signer> resolve(X509IssuerSerial cited) {
    X500Principal issuer;
    try {
      issuer = new X500Principal(cited.issuerName());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(signers.get(new IssuerSerial(issuer, cited.serialNumber())));
  }

  public X509Certificate certificate(String name) {
    X509Certificate c = certificates.get(name);
    if (c == null) {
      throw new AssertionError("no certificate " + name + " in smki/org-keys");
    }
    return c;
  }

  public PrivateKey privateKey(String name) {
    PrivateKey k = privateKeys.get(name);
    if (k == null) {
      throw new AssertionError("no key " + name + " in smki/org-keys");
    }
    return k;
  }

  /** How a signature cites this certificate: issuer in RFC 2253 form, e.g. "CN=Z1,OU=07". */
  public X509IssuerSerial cited(String name) {
    X509Certificate c = certificate(name);
    return new X509IssuerSerial(
        c.getIssuerX500Principal().getName(X500Principal.RFC2253), c.getSerialNumber());
  }

  private static Signer signerOf(X509Certificate cert) {
    // subject e.g. "2.5.4.45=#03090090B3D51F30000002,OU=89": a BIT STRING (03 09 00) + EUI-64
    String subject = cert.getSubjectX500Principal().getName(X500Principal.RFC2253);
    Eui64 eui = null;
    int role = -1;
    for (String rdn : subject.split(",")) {
      if (rdn.startsWith("2.5.4.45=#")) {
        byte[] der = HexFormat.of().parseHex(rdn.substring("2.5.4.45=#".length()));
        eui = Eui64.fromBytes(der, der.length - 8);
      } else if (rdn.startsWith("OU=")) {
        role = Integer.parseInt(rdn.substring(3), 16);
      }
    }
    return new Signer(
        eui, role, EcKeys.publicKeyFromSpki(cert.getPublicKey().getEncoded()));
  }
}

package org.dccsim.gbcs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.testing.ReferenceData;

/**
 * The RTDS key store (smki/device-keys) for the gbcs tests: `<eui>-ds.pem` / `<eui>-ka.pem`
 * certificates and, for organisations only, `<eui>-ds.key` / `<eui>-ka.key` PKCS#8 private keys
 * in PEM. Stands in for smki's certificate repository until that exists; each key is decoded once
 * and the same object returned after, as SharedSecretCache compares keys by identity.
 */
public final class RtdsKeys {

  public enum Usage {
    DS,
    KA,
    /** A supplier's prepayment top-up KA key (`<eui>-pp-ka.pem`), which MACs UTRNs. */
    PP_KA
  }

  private static final Map<String, Optional<PublicKey>> PUBLIC = new ConcurrentHashMap<>();
  private static final Map<String, Optional<PrivateKey>> PRIVATE = new ConcurrentHashMap<>();

  private RtdsKeys() {}

  /** The public key of the EUI's certificate for {@code usage}, if the key store has one. */
  public static Optional<PublicKey> publicKey(Eui64 eui, Usage usage) {
    return PUBLIC.computeIfAbsent(fileName(eui, usage, "pem"), RtdsKeys::readCertificateKey);
  }

  public static Optional<PrivateKey> privateKey(Eui64 eui, Usage usage) {
    return PRIVATE.computeIfAbsent(fileName(eui, usage, "key"), RtdsKeys::readPrivateKey);
  }

  public static PublicKey requirePublicKey(Eui64 eui, Usage usage) {
    return publicKey(eui, usage)
        .orElseThrow(() -> new AssertionError("no RTDS certificate " + fileName(eui, usage, "pem")));
  }

  public static PrivateKey requirePrivateKey(Eui64 eui, Usage usage) {
    return privateKey(eui, usage)
        .orElseThrow(() -> new AssertionError("no RTDS private key " + fileName(eui, usage, "key")));
  }

  private static String fileName(Eui64 eui, Usage usage, String extension) {
    return eui.toCompactHex() + "-" + usage.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + extension;
  }

  private static Path dir() {
    return ReferenceData.require("smki/device-keys");
  }

  private static Optional<PublicKey> readCertificateKey(String name) {
    Path p = dir().resolve(name);
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(p)) {
      X509Certificate c =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      return Optional.of(EcKeys.publicKeyFromSpki(c.getPublicKey().getEncoded()));
    } catch (IOException | GeneralSecurityException e) {
      throw new AssertionError("unreadable certificate " + p, e);
    }
  }

  private static Optional<PrivateKey> readPrivateKey(String name) {
    Path p = dir().resolve(name);
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    try {
      String pem = Files.readString(p, StandardCharsets.US_ASCII);
      String base64 =
          pem.replace("-----BEGIN PRIVATE KEY-----", "")
              .replace("-----END PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      return Optional.of(EcKeys.privateKeyFromPkcs8(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new AssertionError("unreadable key " + p, e);
    }
  }
}

package org.dccsim.smki.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.PemCodec;
import org.dccsim.smki.PrivateKeys;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiException;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoException;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.importer.ImportWarning.Reason;

/**
 * Imports SMKI test material as DCC Boxed and its tools ship it, from a directory tree (or one
 * file), into a {@link SmkiRepository}:
 *
 * <ul>
 *   <li>certificates, PEM or DER, under any file name ({@code Z1-supplier-ds.pem}, {@code
 *       xml-sign-<EUI>-ds.pem}, {@code <eui>-ka.pem}, {@code *}{@code /cert/*.pem}, ...);
 *   <li>PKCS#8 private keys, PEM or DER ({@code .key}, {@code .key.pem});
 *   <li>any {@code keystore.json} of dccboxed-keystore: {@code eui → keyAgreement|digitalSignature
 *       → decimal serial → {certificate, privateKey, role, name}}.
 * </ul>
 *
 * Files are recognised by content, not by name. Keys are paired with certificates by public key, so
 * every naming convention works and one key may serve several certificates (DCC Boxed's DSP
 * XML-signing key has two). Nothing in the directory aborts the import: what cannot be used becomes
 * an {@link ImportWarning}.
 */
public final class SmkiImporter {

  /** Key material is small; anything larger is not what we are looking for. */
  private static final long MAX_FILE_SIZE = 16L << 20;

  private static final String KEYSTORE_JSON = "keystore.json";

  private final SmkiRepository target;
  private final ObjectMapper json = new ObjectMapper();

  public SmkiImporter(SmkiRepository target) {
    this.target = target;
  }

  /** Imports everything under {@code path} (a directory, searched recursively, or one file). */
  public ImportReport importFrom(Path path) {
    Run run = new Run();
    for (Path file : listFiles(path, run)) {
      run.files++;
      readFile(file, run);
    }
    return run.finish();
  }

  // ---------------------------------------------------------------------------------------------

  /** One import's working state. */
  private final class Run {
    int files;
    final List<ImportWarning> warnings = new ArrayList<>();
    final Map<SmkiCertificate, Path> certificates = new LinkedHashMap<>();

    /** Distinct keys by public point, with every file that held them. */
    final Map<ECPoint, FoundKey> keys = new LinkedHashMap<>();

    void warn(Path file, Reason reason, String message) {
      warnings.add(new ImportWarning(file, reason, message));
    }

    void certificate(SmkiCertificate cert, Path file) {
      certificates.putIfAbsent(cert, file);
    }

    /**
     * @return the key's public point, or null when the key is unusable (already warned)
     */
    ECPoint key(PrivateKey key, Path file) {
      ECPoint point;
      try {
        point = EcKeys.publicPoint(key);
      } catch (CryptoException e) {
        warn(file, Reason.UNREADABLE, "private key: " + e.getMessage());
        return null;
      }
      keys.computeIfAbsent(point, p -> new FoundKey(key)).files.add(file);
      return point;
    }

    ImportReport finish() {
      for (Map.Entry<SmkiCertificate, Path> e : certificates.entrySet()) {
        try {
          target.add(e.getKey());
        } catch (SmkiException ex) {
          warn(e.getValue(), Reason.CONFLICT, ex.getMessage());
        }
      }
      Map<ECPoint, List<SmkiCertificate>> byPoint = new HashMap<>();
      for (SmkiCertificate c : target.all()) {
        byPoint.computeIfAbsent(pointOf(c), p -> new ArrayList<>(1)).add(c);
      }
      Set<SmkiCertificate> paired = new LinkedHashSet<>();
      for (Map.Entry<ECPoint, FoundKey> e : keys.entrySet()) {
        List<SmkiCertificate> owners = byPoint.get(e.getKey());
        FoundKey found = e.getValue();
        if (owners == null) {
          for (Path file : found.files) {
            warn(file, Reason.KEY_WITHOUT_CERTIFICATE, "private key matches no certificate");
          }
          continue;
        }
        for (SmkiCertificate owner : owners) {
          target.add(new Credential(owner, found.key));
          paired.add(owner);
        }
      }
      return new ImportReport(files, certificates.size(), keys.size(), paired.size(), warnings);
    }
  }

  private static final class FoundKey {
    final PrivateKey key;
    final Set<Path> files = new LinkedHashSet<>();

    FoundKey(PrivateKey key) {
      this.key = key;
    }
  }

  private static List<Path> listFiles(Path path, Run run) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          path,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              run.warn(file, Reason.UNREADABLE, "cannot be read: " + e);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      run.warn(path, Reason.UNREADABLE, "cannot be listed: " + e);
    }
    files.sort(null);
    return files;
  }

  private void readFile(Path file, Run run) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_SIZE) {
        run.warn(file, Reason.NOT_SMKI_MATERIAL, size + " bytes is too large for key material");
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      run.warn(file, Reason.UNREADABLE, "cannot be read: " + e);
      return;
    }
    if (file.getFileName().toString().equals(KEYSTORE_JSON)) {
      readKeystore(file, bytes, run);
    } else if (PemCodec.isPem(bytes)) {
      readPem(file, bytes, run);
    } else {
      readDer(file, bytes, run);
    }
  }

  private void readPem(Path file, byte[] bytes, Run run) {
    List<PemCodec.Block> blocks;
    try {
      blocks = PemCodec.decode(bytes);
    } catch (SmkiException e) {
      run.warn(file, Reason.UNREADABLE, e.getMessage());
      return;
    }
    for (PemCodec.Block block : blocks) {
      switch (block.type()) {
        case PemCodec.CERTIFICATE -> readCertificate(file, block.der(), run);
        case PemCodec.PRIVATE_KEY -> readPrivateKey(file, block.der(), run);
        case PemCodec.PUBLIC_KEY ->
            run.warn(
                file,
                Reason.PUBLIC_KEY_ONLY,
                "a bare public key; there is no certificate to import");
        case "EC PRIVATE KEY" ->
            run.warn(
                file,
                Reason.NOT_SMKI_MATERIAL,
                "SEC1 'EC PRIVATE KEY' is not read; convert it to PKCS#8");
        default ->
            run.warn(
                file,
                Reason.NOT_SMKI_MATERIAL,
                "PEM block '" + block.type() + "' is not SMKI material");
      }
    }
  }

  /** Tells a DER certificate, PKCS#8 key and SubjectPublicKeyInfo apart by their outer shape. */
  private void readDer(Path file, byte[] bytes, Run run) {
    ASN1Sequence seq = null;
    try {
      seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(bytes));
    } catch (IOException | RuntimeException e) {
      // not DER, or DER but not a SEQUENCE: reported below
    }
    if (seq == null) {
      run.warn(
          file,
          Reason.NOT_SMKI_MATERIAL,
          bytes.length == 0 ? "empty file" : "neither PEM nor a DER certificate or key");
      return;
    }
    if (seq.size() >= 3 && seq.getObjectAt(0) instanceof ASN1Integer) {
      readPrivateKey(file, bytes, run);
    } else if (seq.size() == 3 && seq.getObjectAt(0) instanceof ASN1Sequence) {
      readCertificate(file, bytes, run);
    } else if (seq.size() == 2
        && seq.getObjectAt(0) instanceof ASN1Sequence
        && seq.getObjectAt(1) instanceof ASN1BitString) {
      run.warn(
          file, Reason.PUBLIC_KEY_ONLY, "a bare public key; there is no certificate to import");
    } else {
      run.warn(file, Reason.NOT_SMKI_MATERIAL, "DER, but neither a certificate nor a PKCS#8 key");
    }
  }

  private static void readCertificate(Path file, byte[] der, Run run) {
    try {
      run.certificate(SmkiCertificate.fromDer(der), file);
    } catch (SmkiException e) {
      run.warn(file, Reason.UNREADABLE, e.getMessage());
    }
  }

  private static void readPrivateKey(Path file, byte[] der, Run run) {
    try {
      run.key(PrivateKeys.parse(der), file);
    } catch (SmkiException e) {
      run.warn(file, Reason.UNREADABLE, e.getMessage());
    }
  }

  // ------------------------------------------------------------------ keystore.json

  private void readKeystore(Path file, byte[] bytes, Run run) {
    JsonNode root;
    try {
      root = json.readTree(bytes);
    } catch (JsonProcessingException e) {
      run.warn(file, Reason.UNREADABLE, "not JSON: " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      run.warn(file, Reason.UNREADABLE, "cannot be parsed: " + e.getMessage());
      return;
    }
    if (root == null || !root.isObject()) {
      run.warn(file, Reason.UNREADABLE, "keystore.json: the top level is not an object");
      return;
    }
    for (Map.Entry<String, JsonNode> byEui : root.properties()) {
      if (!byEui.getValue().isObject()) {
        run.warn(file, Reason.UNREADABLE, "/" + byEui.getKey() + ": not an object");
        continue;
      }
      Eui64 eui;
      try {
        eui = Eui64.parse(byEui.getKey());
      } catch (IllegalArgumentException e) {
        run.warn(file, Reason.UNREADABLE, "/" + byEui.getKey() + ": not an EUI-64");
        continue;
      }
      for (Map.Entry<String, JsonNode> byUsage : byEui.getValue().properties()) {
        KeyUsage usage =
            switch (byUsage.getKey()) {
              case "digitalSignature" -> KeyUsage.DIGITAL_SIGNATURE;
              case "keyAgreement" -> KeyUsage.KEY_AGREEMENT;
              default -> null;
            };
        String usagePath = "/" + byEui.getKey() + "/" + byUsage.getKey();
        if (usage == null || !byUsage.getValue().isObject()) {
          run.warn(
              file,
              Reason.UNREADABLE,
              usagePath + ": not a keyAgreement or digitalSignature object");
          continue;
        }
        for (Map.Entry<String, JsonNode> bySerial : byUsage.getValue().properties()) {
          readKeystoreEntry(
              file,
              usagePath + "/" + bySerial.getKey(),
              eui,
              usage,
              bySerial.getKey(),
              bySerial.getValue(),
              run);
        }
      }
    }
  }

  private static void readKeystoreEntry(
      Path file, String at, Eui64 eui, KeyUsage usage, String serial, JsonNode entry, Run run) {
    JsonNode certText = entry.get("certificate");
    if (certText == null || !certText.isTextual()) {
      run.warn(file, Reason.UNREADABLE, at + ": no certificate");
      return;
    }
    SmkiCertificate cert;
    try {
      cert = SmkiCertificate.parse(certText.asText().getBytes(StandardCharsets.US_ASCII));
    } catch (SmkiException e) {
      run.warn(file, Reason.UNREADABLE, at + ": " + e.getMessage());
      return;
    }
    run.certificate(cert, file);

    List<String> disagreements = new ArrayList<>();
    if (!cert.subjectEui().map(eui::equals).orElse(false)) {
      disagreements.add(
          "EUI "
              + eui
              + " but the certificate's is "
              + cert.subjectEui().map(Eui64::toString).orElse("absent"));
    }
    if (cert.usage() != usage) {
      disagreements.add("usage " + usage + " but the certificate's is " + cert.usage());
    }
    if (!isDecimal(serial) || !new BigInteger(serial).equals(cert.serial())) {
      disagreements.add("serial " + serial + " but the certificate's is " + cert.serial());
    }
    JsonNode role = entry.get("role");
    if (role != null
        && (!role.isInt() || cert.role().map(r -> r.code() != role.asInt()).orElse(true))) {
      disagreements.add(
          "role "
              + role
              + " but the certificate's OU gives "
              + cert.role().map(r -> r + " (" + r.code() + ")").orElse("none"));
    }
    JsonNode keyText = entry.get("privateKey");
    if (keyText != null) {
      if (!keyText.isTextual()) {
        run.warn(file, Reason.UNREADABLE, at + ": privateKey is not a string");
      } else {
        try {
          ECPoint point =
              run.key(
                  PrivateKeys.parse(keyText.asText().getBytes(StandardCharsets.US_ASCII)), file);
          if (point != null && !point.equals(pointOf(cert))) {
            disagreements.add("its privateKey is not the certificate's");
          }
        } catch (SmkiException e) {
          run.warn(file, Reason.UNREADABLE, at + ": " + e.getMessage());
        }
      }
    }
    for (String d : disagreements) {
      run.warn(file, Reason.KEYSTORE_MISMATCH, at + ": " + d);
    }
  }

  private static ECPoint pointOf(SmkiCertificate c) {
    return ((ECPublicKey) c.publicKey()).getW();
  }

  private static boolean isDecimal(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}

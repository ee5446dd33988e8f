package org.dccsim.smki.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dccsim.smki.CertificateKind;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.PemCodec;
import org.dccsim.smki.PrivateKeys;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.importer.ImportWarning.Reason;
import org.dccsim.smki.pki.SmkiStore;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmkiImporterTest {

  private static final Path ORG_KEYS = ReferenceData.require("smki/org-keys");
  private static final Path KEYSTORE =
      ReferenceData.require("smki/dccboxed-keystore/keystore.json");
  private static final Path DEVICE_KEYS = ReferenceData.require("smki/device-keys");
  private static final String Z1 = "CN=Z1,OU=07";

  /** The device-keys folder is the largest; it is imported once for the tests that read it. */
  private static SmkiRepository deviceKeysRepo;

  private static ImportReport deviceKeysReport;

  @TempDir Path tmp;

  @BeforeAll
  static void importDeviceKeys() {
    deviceKeysRepo = new SmkiRepository();
    deviceKeysReport = new SmkiImporter(deviceKeysRepo).importFrom(DEVICE_KEYS);
  }

  // ------------------------------------------------------------------ smki/org-keys

  @Test
  void importsEveryZaz1CertificateAndPairsEveryKeyFileWithItsCertificate() throws IOException {
    SmkiRepository repo = new SmkiRepository();
    ImportReport report = new SmkiImporter(repo).importFrom(ORG_KEYS);

    assertThat(report.warnings()).isEmpty();
    assertThat(report.files()).isEqualTo(39);
    assertThat(report.certificates()).isEqualTo(19);
    assertThat(report.credentials()).isEqualTo(19);
    assertThat(repo.credentialCount()).isEqualTo(19);

    // judged by file name, independently of the importer's pairing by public key
    int keyFiles = 0;
    for (Path keyFile : files(ORG_KEYS, ".key", ".key.pem")) {
      String name = keyFile.getFileName().toString();
      String base = name.substring(0, name.indexOf(".key"));
      SmkiCertificate cert =
          SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve(base + ".pem")));
      PrivateKey key = PrivateKeys.parse(Files.readAllBytes(keyFile));
      assertThat(EcKeys.isPair(key, cert.publicKey())).as(name).isTrue();
      assertThat(repo.privateKey(cert)).as(name).isPresent();
      assertThat(EcKeys.isPair(repo.privateKey(cert).orElseThrow(), cert.publicKey()))
          .as(name)
          .isTrue();
      keyFiles++;
    }
    assertThat(keyFiles).isEqualTo(20);
  }

  @Test
  void readsTheDspKeyAsDerAndAsPemAlike() throws IOException {
    PrivateKey der =
        PrivateKeys.parse(
            Files.readAllBytes(ORG_KEYS.resolve("dsp-xml-sign-90B3D51F30000002-ds.key")));
    PrivateKey pem =
        PrivateKeys.parse(
            Files.readAllBytes(ORG_KEYS.resolve("dsp-xml-sign-90B3D51F30000002-ds.key.pem")));

    assertThat(Files.readAllBytes(ORG_KEYS.resolve("dsp-xml-sign-90B3D51F30000002-ds.key"))[0])
        .isEqualTo((byte) 0x30);
    assertThat(
            PemCodec.isPem(
                Files.readAllBytes(ORG_KEYS.resolve("dsp-xml-sign-90B3D51F30000002-ds.key.pem"))))
        .isTrue();
    assertThat(der.getEncoded()).isEqualTo(pem.getEncoded());
  }

  @Test
  void resolvesEveryDspSigningCertificateByTheIssuerAndDecimalSerialThatResponsesCite() {
    SmkiRepository repo = new SmkiRepository();
    new SmkiImporter(repo).importFrom(ORG_KEYS);

    SmkiCertificate dsp2025 = bySerial(repo, "20315062944123339095836004026371736578");
    SmkiCertificate pre141 = bySerial(repo, "50669612984035780968362471400449834504");
    SmkiCertificate acb = bySerial(repo, "117636141832862931915946451229571981153");
    SmkiCertificate dsp141 = bySerial(repo, "167048897159233642262001557408276884033");

    assertThat(dsp2025).isEqualTo(parse(ORG_KEYS.resolve("Z1-accessControlBroker-dSPXmlSign.pem")));
    assertThat(pre141)
        .isEqualTo(parse(ORG_KEYS.resolve("dsp-xml-sign-90B3D51F30000002-ds-pre-1.4.1.pem")));
    assertThat(acb).isEqualTo(parse(ORG_KEYS.resolve("Z1-accessControlBroker-ds.pem")));
    assertThat(dsp141).isEqualTo(parse(ORG_KEYS.resolve("dsp-xml-sign-90B3D51F30000002-ds.pem")));
    assertThat(acb.role()).contains(RemotePartyRole.ACCESS_CONTROL_BROKER);
    for (SmkiCertificate c : List.of(dsp2025, pre141, dsp141)) {
      assertThat(c.role()).contains(RemotePartyRole.DSP_XML_SIGN);
      assertThat(c.subjectEui()).contains(Eui64.DCC_ACCESS_CONTROL_BROKER);
    }
    // the 1.4.1 and 25.11 certificates share one key pair, held once
    PrivateKey shared = repo.privateKey(dsp141).orElseThrow();
    assertThat(repo.privateKey(dsp2025)).containsSame(shared);
    assertThat(point(dsp2025)).isEqualTo(point(dsp141));
    assertThat(point(pre141)).isNotEqualTo(point(dsp141));
    assertThat(point(acb)).isNotEqualTo(point(dsp141));
  }

  @Test
  void aSignatureMadeWithTheDspKeyVerifiesWithBothCertificatesThatCarryIt() {
    SmkiRepository repo = new SmkiRepository();
    new SmkiImporter(repo).importFrom(ORG_KEYS);
    SmkiCertificate dsp141 = bySerial(repo, "167048897159233642262001557408276884033");
    SmkiCertificate dsp2025 = bySerial(repo, "20315062944123339095836004026371736578");
    EcdsaP256 ecdsa = new EcdsaP256(CryptoProvider.BC);
    byte[] response = "<sr:Response/>".getBytes(StandardCharsets.UTF_8);

    byte[] signature = ecdsa.sign(repo.privateKey(dsp141).orElseThrow(), response);

    assertThat(ecdsa.verify(dsp141.publicKey(), response, signature)).isTrue();
    assertThat(ecdsa.verify(dsp2025.publicKey(), response, signature)).isTrue();
  }

  // ------------------------------------------------------------------ keystore.json

  @Test
  void importsAll33KeystoreEntriesWithMatchingKeysAndRoles() throws IOException {
    SmkiRepository repo = new SmkiRepository();
    ImportReport report = new SmkiImporter(repo).importFrom(KEYSTORE);

    assertThat(report.warnings()).isEmpty();
    assertThat(report.certificates()).isEqualTo(33);
    assertThat(report.credentials()).isEqualTo(33);

    // checked against the JSON read independently
    JsonNode root = new ObjectMapper().readTree(KEYSTORE.toFile());
    int entries = 0;
    int ds = 0;
    for (Map.Entry<String, JsonNode> eui : root.properties()) {
      for (Map.Entry<String, JsonNode> usage : eui.getValue().properties()) {
        for (Map.Entry<String, JsonNode> serial : usage.getValue().properties()) {
          JsonNode entry = serial.getValue();
          SmkiCertificate cert =
              SmkiCertificate.parse(
                  entry.get("certificate").asText().getBytes(StandardCharsets.US_ASCII));
          assertThat(repo.byIssuerAndSerial(cert.issuer(), new BigInteger(serial.getKey())))
              .contains(cert);
          assertThat(cert.subjectEui()).contains(Eui64.parse(eui.getKey()));
          assertThat(cert.role().orElseThrow().code())
              .as(entry.get("name").asText())
              .isEqualTo(entry.get("role").asInt());
          PrivateKey key = repo.privateKey(cert).orElseThrow();
          assertThat(EcKeys.isPair(key, cert.publicKey())).isTrue();
          assertThat(key.getEncoded())
              .isEqualTo(
                  PrivateKeys.parse(
                          entry.get("privateKey").asText().getBytes(StandardCharsets.US_ASCII))
                      .getEncoded());
          entries++;
          ds += usage.getKey().equals("digitalSignature") ? 1 : 0;
        }
      }
    }
    assertThat(entries).isEqualTo(33);
    assertThat(ds).isEqualTo(20);
  }

  @Test
  void reportsKeystoreEntriesThatDisagreeWithTheirCertificate() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(KEYSTORE.toFile());
    ObjectNode supplier = (ObjectNode) root.get("90b3d51f30010000").get("digitalSignature");
    ((ObjectNode) supplier.get("105986833131214866166891566273223584671")).put("role", 3);
    String anotherKey =
        supplier.get("98403031005530424935033843217390525231").get("privateKey").asText();
    ((ObjectNode) supplier.get("27572613927499351639968579586655397031"))
        .put("privateKey", anotherKey);
    ((ObjectNode) root.get("90b3d51f30020000")).put("keyAgreement", "not an object");
    root.putObject("not-an-eui");
    Path dir = Files.createDirectories(tmp.resolve("boxed"));
    mapper.writeValue(dir.resolve("keystore.json").toFile(), root);

    ImportReport report = new SmkiImporter(new SmkiRepository()).importFrom(dir);

    assertThat(report.warnings(Reason.KEYSTORE_MISMATCH))
        .extracting(ImportWarning::message)
        .containsExactlyInAnyOrder(
            "/90b3d51f30010000/digitalSignature/105986833131214866166891566273223584671: role 3 but"
                + " the certificate's OU gives SUPPLIER (2)",
            "/90b3d51f30010000/digitalSignature/27572613927499351639968579586655397031: its"
                + " privateKey is not the certificate's");
    assertThat(report.warnings(Reason.UNREADABLE))
        .extracting(ImportWarning::message)
        .containsExactlyInAnyOrder(
            "/90b3d51f30020000/keyAgreement: not a keyAgreement or digitalSignature object",
            "/not-an-eui: not an EUI-64");
    assertThat(report.certificates()).isEqualTo(31);
  }

  // ------------------------------------------------------------------ smki/device-keys

  @Test
  void importsThe200RtdsDevicesByTheEuiInTheirSubjectAltName() {
    SmkiRepository repo = deviceKeysRepo;
    ImportReport report = deviceKeysReport;

    for (int i = 0x01; i <= 0xC8; i++) {
      Eui64 eui = new Eui64(0x00DB123456789000L + i);
      for (KeyUsage usage : KeyUsage.values()) {
        SmkiCertificate c =
            repo.device(eui, usage).orElseThrow(() -> new AssertionError(eui + " " + usage));
        assertThat(c.kind()).isEqualTo(CertificateKind.DEVICE);
        assertThat(repo.privateKey(c)).isEmpty();
      }
    }
    assertThat(repo.device(new Eui64(0x00DB1234567890C9L), KeyUsage.DIGITAL_SIGNATURE)).isEmpty();
    assertThat(repo.all().stream().filter(c -> c.kind() == CertificateKind.DEVICE)).hasSize(400);
    // 16 organisation certificate files, one of them a copy under another name (below)
    assertThat(repo.all().stream().filter(c -> c.kind() == CertificateKind.ORGANISATION))
        .hasSize(15);
    assertThat(report.certificates()).isEqualTo(415);
    assertThat(report.credentials()).isEqualTo(15);
    assertThat(
            repo.organisation(
                    Eui64.parse("90-B3-D5-1F-30-01-00-00"),
                    RemotePartyRole.SUPPLIER,
                    KeyUsage.KEY_AGREEMENT)
                .flatMap(repo::privateKey))
        .isPresent();
  }

  @Test
  void reportsTheOddFilesAmongTheDeviceKeysWithoutFailing() {
    ImportReport report = deviceKeysReport;

    assertThat(report.files()).isEqualTo(435);
    assertThat(report.warnings()).hasSize(3);
    assertThat(report.warnings(Reason.PUBLIC_KEY_ONLY))
        .extracting(w -> w.file().getFileName().toString())
        .containsExactly("fffffffffffffffe-ka.pem");
    assertThat(report.warnings(Reason.KEY_WITHOUT_CERTIFICATE))
        .extracting(w -> w.file().getFileName().toString())
        .containsExactly("123456789abcdef0-ka.key", "abababababababab-ka.key");
  }

  @Test
  void pairsByPublicKeyEvenWhereAFileNameLies() throws IOException {
    // "90b3d51f30000007-ka" (the WAN provider, by name) holds supplier 2's KA certificate and key
    SmkiCertificate named0007 = parse(DEVICE_KEYS.resolve("90b3d51f30000007-ka.pem"));
    SmkiRepository repo = deviceKeysRepo;

    assertThat(named0007.subjectEui()).contains(Eui64.parse("90-B3-D5-1F-30-03-00-00"));
    assertThat(named0007).isEqualTo(parse(DEVICE_KEYS.resolve("90b3d51f30030000-ka.pem")));
    assertThat(repo.organisations(Eui64.parse("90-B3-D5-1F-30-00-00-07"), KeyUsage.KEY_AGREEMENT))
        .isEmpty();
    assertThat(repo.privateKey(named0007).orElseThrow().getEncoded())
        .isEqualTo(
            PrivateKeys.parse(Files.readAllBytes(DEVICE_KEYS.resolve("90b3d51f30000007-ka.key")))
                .getEncoded());
  }

  // ------------------------------------------------------------------ malformed and other layouts

  @Test
  void turnsEveryKindOfBadFileIntoAWarning() throws Exception {
    byte[] certDer =
        SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve("Z1-supplier-ds.pem"))).der();
    Path dir = Files.createDirectories(tmp.resolve("mixed/sub"));
    Files.write(dir.resolve("truncated.der"), Arrays.copyOf(certDer, 100));
    Files.writeString(
        dir.resolve("garbage.pem"),
        "-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n");
    Files.writeString(dir.resolve("README.md"), "# keys\n");
    Files.write(dir.resolve("empty.key"), new byte[0]);
    Files.writeString(
        dir.resolve("sec1.pem"),
        "-----BEGIN EC PRIVATE KEY-----\nMAA=\n-----END EC PRIVATE KEY-----\n");
    Files.writeString(
        dir.resolve("bad-key.key"),
        "-----BEGIN PRIVATE KEY-----\nMAA=\n-----END PRIVATE KEY-----\n");
    Files.write(dir.resolve("ocsp.der"), new byte[] {0x30, 0x03, 0x02, 0x01, 0x05});
    KeyPair rsa = rsaKeys();
    Files.write(
        dir.resolve("rsa.pem"),
        PemCodec.encode("CERTIFICATE", rsaCertificate(rsa)).getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("Z1-supplier-ds.cer"), certDer);
    Files.writeString(dir.resolve("keystore.json"), "{ not json");

    ImportReport report = new SmkiImporter(new SmkiRepository()).importFrom(tmp.resolve("mixed"));

    assertThat(report.files()).isEqualTo(10);
    assertThat(report.certificates()).isEqualTo(1);
    assertThat(report.warnings()).hasSize(9);
    assertThat(reasons(report))
        .containsExactly(
            "README.md NOT_SMKI_MATERIAL",
            "bad-key.key UNREADABLE",
            "empty.key NOT_SMKI_MATERIAL",
            "garbage.pem UNREADABLE",
            "keystore.json UNREADABLE",
            "ocsp.der NOT_SMKI_MATERIAL",
            "rsa.pem UNREADABLE",
            "sec1.pem NOT_SMKI_MATERIAL",
            "truncated.der NOT_SMKI_MATERIAL");
    assertThat(
            report.warnings().stream()
                .filter(w -> w.file().endsWith("rsa.pem"))
                .findFirst()
                .orElseThrow()
                .message())
        .contains("is not id-ecPublicKey");
  }

  @Test
  void readsTheOrgCryptoBundleLayoutAndPairsKeysWithCertificatesImportedEarlier()
      throws IOException {
    Path bundle = tmp.resolve("org-crypto");
    for (String name : List.of("Z1-supplier-ds", "xml-sign-90B3D51F30010000-ds")) {
      Path cert = Files.createDirectories(bundle.resolve(name + "/cert"));
      Path key = Files.createDirectories(bundle.resolve(name + "/key"));
      Files.copy(ORG_KEYS.resolve(name + ".pem"), cert.resolve(name + ".pem"));
      Files.copy(ORG_KEYS.resolve(name + ".key"), key.resolve(name + ".key"));
    }
    SmkiRepository certsFirst = new SmkiRepository();
    Path onlyCert = Files.createDirectories(tmp.resolve("certs-only"));
    Files.copy(ORG_KEYS.resolve("Z1-supplier-ds.pem"), onlyCert.resolve("c.pem"));
    Path onlyKey = Files.createDirectories(tmp.resolve("keys-only"));
    Files.copy(ORG_KEYS.resolve("Z1-supplier-ds.key"), onlyKey.resolve("k.key"));

    ImportReport report = new SmkiImporter(new SmkiRepository()).importFrom(bundle);
    new SmkiImporter(certsFirst).importFrom(onlyCert);
    ImportReport keysLater = new SmkiImporter(certsFirst).importFrom(onlyKey);

    assertThat(report.warnings()).isEmpty();
    assertThat(report.credentials()).isEqualTo(2);
    assertThat(keysLater.warnings()).isEmpty();
    assertThat(keysLater.credentials()).isEqualTo(1);
    assertThat(certsFirst.credentialCount()).isEqualTo(1);
  }

  @Test
  void readsBackEverythingASmkiStoreWrote() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
    SmkiStore store = SmkiStore.open(tmp, clock, new SecureRandom());
    store.organisation(
        Eui64.parse("90-B3-D5-1F-30-01-00-00"),
        RemotePartyRole.XML_SIGN,
        KeyUsage.DIGITAL_SIGNATURE,
        null);
    store.device(Eui64.parse("00-DB-12-34-56-78-90-A0"), KeyUsage.KEY_AGREEMENT);

    SmkiRepository repo = new SmkiRepository();
    ImportReport report = new SmkiImporter(repo).importFrom(tmp);

    assertThat(report.warnings()).isEmpty();
    assertThat(report.certificates()).isEqualTo(5);
    assertThat(report.credentials()).isEqualTo(5);
    assertThat(repo.all()).containsExactlyInAnyOrderElementsOf(store.repository().all());
  }

  // ------------------------------------------------------------------ helpers

  private static SmkiCertificate bySerial(SmkiRepository repo, String decimal) {
    return repo.byIssuerNameAndSerial(Z1, new BigInteger(decimal))
        .orElseThrow(() -> new AssertionError("no certificate " + decimal));
  }

  private static SmkiCertificate parse(Path file) {
    try {
      return SmkiCertificate.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Object point(SmkiCertificate c) {
    return ((ECPublicKey) c.publicKey()).getW();
  }

  private static List<Path> files(Path dir, String... suffixes) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> Stream.of(suffixes).anyMatch(x -> p.getFileName().toString().endsWith(x)))
          .sorted()
          .toList();
    }
  }

  private static List<String> reasons(ImportReport report) {
    List<String> out = new ArrayList<>();
    for (ImportWarning w : report.warnings()) {
      out.add(w.file().getFileName() + " " + w.reason());
    }
    return out;
  }

  private static KeyPair rsaKeys() throws Exception {
    var g = java.security.KeyPairGenerator.getInstance("RSA", CryptoProvider.bouncyCastle());
    g.initialize(512); // only needs to be RSA, not strong
    return g.generateKeyPair();
  }

  private static byte[] rsaCertificate(KeyPair keys) throws Exception {
    var builder =
        new org.bouncycastle.cert.X509v3CertificateBuilder(
            new org.bouncycastle.asn1.x500.X500Name("CN=rsa"),
            BigInteger.ONE,
            java.util.Date.from(Instant.parse("2020-01-01T00:00:00Z")),
            java.util.Date.from(Instant.parse("2030-01-01T00:00:00Z")),
            new org.bouncycastle.asn1.x500.X500Name("CN=rsa"),
            org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
                keys.getPublic().getEncoded()));
    return builder
        .build(
            new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                .setProvider(CryptoProvider.bouncyCastle())
                .build(keys.getPrivate()))
        .getEncoded();
  }
}

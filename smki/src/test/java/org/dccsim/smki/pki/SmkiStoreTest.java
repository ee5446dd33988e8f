package org.dccsim.smki.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dccsim.smki.CertificateKind;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.PrivateKeys;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiException;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmkiStoreTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");

  @TempDir Path dataDir;

  @Test
  void writesTheDocumentedLayout() throws IOException {
    SmkiStore store = SmkiStore.open(dataDir, CLOCK, new SecureRandom());
    store.organisation(
        SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.DIGITAL_SIGNATURE, "GITTESTSUPPLIER");
    store.organisation(SUPPLIER, RemotePartyRole.XML_SIGN, KeyUsage.DIGITAL_SIGNATURE, null);
    store.device(ESME, KeyUsage.KEY_AGREEMENT);

    assertThat(store.directory()).isEqualTo(dataDir.resolve("smki"));
    assertThat(names(dataDir.resolve("smki/ca")))
        .containsExactly("dca.key", "dca.pem", "oca.key", "oca.pem", "root.key", "root.pem");
    assertThat(names(dataDir.resolve("smki/organisations")))
        .containsExactly(
            "90b3d51f30010000-02-ds.key",
            "90b3d51f30010000-02-ds.pem",
            "90b3d51f30010000-87-ds.key",
            "90b3d51f30010000-87-ds.pem");
    assertThat(names(dataDir.resolve("smki/devices")))
        .containsExactly("00db1234567890a0-ka.key", "00db1234567890a0-ka.pem");
    String key = Files.readString(dataDir.resolve("smki/devices/00db1234567890a0-ka.key"));
    String cert = Files.readString(dataDir.resolve("smki/devices/00db1234567890a0-ka.pem"));
    assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(cert).startsWith("-----BEGIN CERTIFICATE-----");
    if (Files.getFileAttributeView(dataDir, java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(
                      dataDir.resolve("smki/devices/00db1234567890a0-ka.key"))))
          .isEqualTo("rw-------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dataDir.resolve("smki/ca/root.key"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aSecondOpenReusesTheSameCertificatesAndKeys() throws IOException {
    SmkiStore first = SmkiStore.open(dataDir, CLOCK, new SecureRandom());
    Credential supplier =
        first.organisation(
            SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.DIGITAL_SIGNATURE, "GITTESTSUPPLIER");
    Credential esme = first.device(ESME, KeyUsage.DIGITAL_SIGNATURE);

    Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(400));
    SmkiStore second = SmkiStore.open(dataDir, later, new SecureRandom());

    assertThat(second.authorities().root().certificate())
        .isEqualTo(first.authorities().root().certificate());
    assertThat(second.authorities().organisationCa().certificate())
        .isEqualTo(first.authorities().organisationCa().certificate());
    assertThat(second.authorities().deviceCa().certificate())
        .isEqualTo(first.authorities().deviceCa().certificate());
    assertThat(second.authorities().deviceCa().privateKey().getEncoded())
        .isEqualTo(first.authorities().deviceCa().privateKey().getEncoded());
    // loaded at open, before anyone asks for it: an XMLDSig lookup finds it
    assertThat(
            second
                .repository()
                .byIssuerAndSerial(
                    supplier.certificate().issuer(), supplier.certificate().serial()))
        .contains(supplier.certificate());
    assertThat(second.repository().size()).isEqualTo(5);
    assertThat(second.repository().credentialCount()).isEqualTo(5);

    Credential supplierAgain =
        second.organisation(
            SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.DIGITAL_SIGNATURE, "ANOTHER NAME");
    Credential esmeAgain = second.device(ESME, KeyUsage.DIGITAL_SIGNATURE);
    assertThat(supplierAgain.certificate()).isEqualTo(supplier.certificate());
    assertThat(supplierAgain.certificate().commonName()).contains("GITTESTSUPPLIER");
    assertThat(supplierAgain.privateKey().getEncoded())
        .isEqualTo(supplier.privateKey().getEncoded());
    assertThat(esmeAgain.certificate()).isEqualTo(esme.certificate());
    assertThat(esmeAgain.certificate().serial()).isEqualTo(esme.certificate().serial());
    assertThat(esmeAgain.privateKey().getEncoded()).isEqualTo(esme.privateKey().getEncoded());
  }

  @Test
  void aSignatureMadeWithAStoredKeyVerifiesWithItsCertificate() {
    SmkiStore.open(dataDir, CLOCK, new SecureRandom())
        .organisation(SUPPLIER, RemotePartyRole.XML_SIGN, KeyUsage.DIGITAL_SIGNATURE, null);
    Credential reloaded =
        SmkiStore.open(dataDir, CLOCK, new SecureRandom())
            .organisation(SUPPLIER, RemotePartyRole.XML_SIGN, KeyUsage.DIGITAL_SIGNATURE, null);
    byte[] message = "<sr:Request>...</sr:Request>".getBytes(StandardCharsets.UTF_8);

    for (CryptoProvider provider : CryptoProvider.values()) {
      EcdsaP256 ecdsa = new EcdsaP256(provider);
      byte[] signature = ecdsa.sign(reloaded.privateKey(), message);
      assertThat(ecdsa.verify(reloaded.certificate().publicKey(), message, signature)).isTrue();
      message[0] ^= 1;
      assertThat(ecdsa.verify(reloaded.certificate().publicKey(), message, signature)).isFalse();
      message[0] ^= 1;
    }
  }

  @Test
  void asksTwiceGetsTheSameCredentialAndIssuesFromTheRightCa() {
    SmkiStore store = SmkiStore.open(dataDir, CLOCK, new SecureRandom());
    Credential a = store.device(ESME, KeyUsage.KEY_AGREEMENT);

    assertThat(store.device(ESME, KeyUsage.KEY_AGREEMENT)).isSameAs(a);
    assertThat(a.certificate().kind()).isEqualTo(CertificateKind.DEVICE);
    assertThat(a.certificate().issuer())
        .isEqualTo(store.authorities().deviceCa().certificate().x509().getSubjectX500Principal());
    assertThat(store.repository().device(ESME, KeyUsage.KEY_AGREEMENT)).contains(a.certificate());
    Credential org =
        store.organisation(SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.KEY_AGREEMENT, null);
    assertThat(org.certificate().issuer())
        .isEqualTo(
            store.authorities().organisationCa().certificate().x509().getSubjectX500Principal());
    assertThat(
            store
                .repository()
                .organisation(SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.KEY_AGREEMENT))
        .contains(org.certificate());
  }

  @Test
  void concurrentRequestsForOneCredentialCreateItOnce() throws Exception {
    SmkiStore store = SmkiStore.open(dataDir, CLOCK, new SecureRandom());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Credential>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(
            () ->
                store.organisation(
                    SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.DIGITAL_SIGNATURE, null));
      }
      List<Credential> results = new ArrayList<>();
      for (Future<Credential> f : pool.invokeAll(tasks)) {
        results.add(f.get());
      }
      assertThat(results).allSatisfy(c -> assertThat(c).isSameAs(results.get(0)));
    } finally {
      pool.shutdownNow();
    }
    assertThat(names(dataDir.resolve("smki/organisations"))).hasSize(2);
  }

  @Test
  void refusesAStoreWithACorruptOrMissingFileAndNamesIt() throws IOException {
    SmkiStore.open(dataDir, CLOCK, new SecureRandom()).device(ESME, KeyUsage.DIGITAL_SIGNATURE);
    Path cert = dataDir.resolve("smki/devices/00db1234567890a0-ds.pem");
    Path key = dataDir.resolve("smki/devices/00db1234567890a0-ds.key");
    String pem = Files.readString(cert);

    Files.writeString(cert, pem.substring(0, 200) + "\n-----END CERTIFICATE-----\n");
    assertThatThrownBy(() -> SmkiStore.open(dataDir, CLOCK, new SecureRandom()))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining(cert.toString());

    Files.writeString(cert, pem);
    byte[] keyBytes = Files.readAllBytes(key);
    Files.delete(key);
    assertThatThrownBy(() -> SmkiStore.open(dataDir, CLOCK, new SecureRandom()))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("its private key 00db1234567890a0-ds.key is missing");

    Files.write(key, keyBytes);
    Files.move(cert, dataDir.resolve("smki/devices/00db1234567890a1-ds.pem"));
    Files.move(key, dataDir.resolve("smki/devices/00db1234567890a1-ds.key"));
    assertThatThrownBy(() -> SmkiStore.open(dataDir, CLOCK, new SecureRandom()))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("which belongs in 00db1234567890a0-ds.pem");
  }

  @Test
  void refusesAKeyThatIsNotTheCertificates() throws IOException {
    SmkiStore store = SmkiStore.open(dataDir, CLOCK, new SecureRandom());
    store.device(ESME, KeyUsage.DIGITAL_SIGNATURE);
    Credential other = store.device(ESME, KeyUsage.KEY_AGREEMENT);
    Files.writeString(
        dataDir.resolve("smki/devices/00db1234567890a0-ds.key"),
        PrivateKeys.toPem(other.privateKey()));

    assertThatThrownBy(() -> SmkiStore.open(dataDir, CLOCK, new SecureRandom()))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("00db1234567890a0-ds.pem")
        .hasMessageContaining("private key does not match");
  }

  @Test
  void refusesAnIncompleteCaHierarchy() throws IOException {
    SmkiStore.open(dataDir, CLOCK, new SecureRandom());
    Files.delete(dataDir.resolve("smki/ca/dca.pem"));

    assertThatThrownBy(() -> SmkiStore.open(dataDir, CLOCK, new SecureRandom()))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("the CA hierarchy is incomplete");
  }

  @Test
  void storedCertificatesParseAsTheyWereIssued() throws IOException {
    SmkiStore store = SmkiStore.open(dataDir, CLOCK, new SecureRandom());
    Credential c =
        store.organisation(
            SUPPLIER, RemotePartyRole.NETWORK_OPERATOR, KeyUsage.KEY_AGREEMENT, "NETOP");

    SmkiCertificate onDisk =
        SmkiCertificate.parse(
            Files.readAllBytes(dataDir.resolve("smki/organisations/90b3d51f30010000-03-ka.pem")));
    assertThat(onDisk).isEqualTo(c.certificate());
    assertThat(
            PrivateKeys.parse(
                    Files.readAllBytes(
                        dataDir.resolve("smki/organisations/90b3d51f30010000-03-ka.key")))
                .getEncoded())
        .isEqualTo(c.privateKey().getEncoded());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

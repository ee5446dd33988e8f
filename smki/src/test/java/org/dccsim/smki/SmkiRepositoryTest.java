package org.dccsim.smki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class SmkiRepositoryTest {

  private static final Path ORG_KEYS = ReferenceData.require("smki/org-keys");
  private static final Path DEVICE_KEYS = ReferenceData.require("smki/device-keys");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  @Test
  void findsACertificateByIssuerNameAsXmlDsigWritesIt() throws IOException {
    SmkiRepository repo = new SmkiRepository();
    SmkiCertificate z1 = cert("Z1-supplier-ds.pem");
    repo.add(z1);
    BigInteger serial = new BigInteger("4FBC525201A1D7586C1BC1C4734DEB9F", 16);

    assertThat(repo.byIssuerNameAndSerial("CN=Z1,OU=07", serial)).contains(z1);
    assertThat(repo.byIssuerNameAndSerial("CN=Z1, OU=07", serial)).contains(z1);
    assertThat(repo.byIssuerNameAndSerial("cn=z1,ou=07", serial)).contains(z1);
    assertThat(repo.byIssuerAndSerial(new X500Principal("CN=Z1,OU=07"), serial)).contains(z1);
    // RDN order is part of the name: this is a different issuer
    assertThat(repo.byIssuerNameAndSerial("OU=07,CN=Z1", serial)).isEmpty();
    assertThat(repo.byIssuerNameAndSerial("CN=Z1,OU=07", serial.add(BigInteger.ONE))).isEmpty();
    assertThat(repo.byIssuerNameAndSerial("not a distinguished name", serial)).isEmpty();
  }

  @Test
  void prefersTheZ1GenerationOverZ1b() throws IOException {
    SmkiRepository repo = new SmkiRepository();
    SmkiCertificate z1b = cert("Z1b-supplier-ds.pem");
    SmkiCertificate z1 = cert("Z1-supplier-ds.pem");
    repo.add(z1b);
    repo.add(z1);

    assertThat(repo.organisation(SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.DIGITAL_SIGNATURE))
        .contains(z1);
    assertThat(repo.organisations(SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.DIGITAL_SIGNATURE))
        .containsExactly(z1, z1b);
    assertThat(repo.organisation(SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.KEY_AGREEMENT))
        .isEmpty();
    assertThat(
            repo.organisation(
                SUPPLIER, RemotePartyRole.NETWORK_OPERATOR, KeyUsage.DIGITAL_SIGNATURE))
        .isEmpty();
  }

  @Test
  void listsAnOrganisationsCertificatesOfOneUsageAcrossRoles() throws IOException {
    SmkiRepository repo = new SmkiRepository();
    SmkiCertificate acb = cert("Z1-accessControlBroker-ds.pem");
    SmkiCertificate dsp = cert("dsp-xml-sign-90B3D51F30000002-ds.pem");
    SmkiCertificate dsp2025 = cert("Z1-accessControlBroker-dSPXmlSign.pem");
    repo.add(dsp2025);
    repo.add(dsp);
    repo.add(acb);

    assertThat(repo.organisations(Eui64.DCC_ACCESS_CONTROL_BROKER, KeyUsage.DIGITAL_SIGNATURE))
        .containsExactly(acb, dsp, dsp2025);
    assertThat(
            repo.organisation(
                Eui64.DCC_ACCESS_CONTROL_BROKER,
                RemotePartyRole.DSP_XML_SIGN,
                KeyUsage.DIGITAL_SIGNATURE))
        .contains(dsp);
    assertThat(repo.organisations(Eui64.DCC_ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT))
        .isEmpty();
  }

  @Test
  void findsDevicesByEuiAndUsage() throws IOException {
    SmkiRepository repo = new SmkiRepository();
    SmkiCertificate ka =
        SmkiCertificate.parse(Files.readAllBytes(DEVICE_KEYS.resolve("00db1234567890a0-ka.pem")));
    SmkiCertificate ds =
        SmkiCertificate.parse(Files.readAllBytes(DEVICE_KEYS.resolve("00db1234567890a0-ds.pem")));
    repo.add(ka);
    repo.add(ds);
    Eui64 esme = Eui64.parse("00-DB-12-34-56-78-90-A0");

    assertThat(repo.device(esme, KeyUsage.KEY_AGREEMENT)).contains(ka);
    assertThat(repo.device(esme, KeyUsage.DIGITAL_SIGNATURE)).contains(ds);
    assertThat(repo.device(Eui64.parse("00-DB-12-34-56-78-90-A1"), KeyUsage.KEY_AGREEMENT))
        .isEmpty();
    assertThat(repo.organisations(esme, KeyUsage.KEY_AGREEMENT)).isEmpty();
  }

  @Test
  void addingACertificateTwiceIsHarmlessButAConflictingSerialIsRefused() throws Exception {
    SmkiRepository repo = new SmkiRepository();
    SmkiCertificate z1 = cert("Z1-supplier-ds.pem");

    assertThat(repo.add(z1)).isTrue();
    assertThat(repo.add(SmkiCertificate.parse(z1.der()))).isFalse();
    assertThat(repo.size()).isEqualTo(1);

    KeyPair keys = SmkiCertificateTest.ecKeys("secp256r1");
    int ds = org.bouncycastle.asn1.x509.KeyUsage.digitalSignature;
    SmkiCertificate a =
        SmkiCertificate.parse(
            SmkiCertificateTest.selfSigned(
                keys, "SHA256withECDSA", SmkiCertificateTest.orgSubject("02", 8), ds));
    SmkiCertificate b =
        SmkiCertificate.parse(
            SmkiCertificateTest.selfSigned(
                keys, "SHA256withECDSA", SmkiCertificateTest.orgSubject("03", 8), ds));
    repo.add(a);
    assertThatThrownBy(() -> repo.add(b))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining(
            "a different certificate with issuer CN=test and serial"
                + " 00000000000000000000000000000007");
    assertThat(
            repo.organisation(
                new Eui64(0), RemotePartyRole.NETWORK_OPERATOR, KeyUsage.DIGITAL_SIGNATURE))
        .isEmpty();
  }

  @Test
  void keepsPrivateKeysOnlyForTheirOwnCertificate() throws IOException {
    SmkiRepository repo = new SmkiRepository();
    SmkiCertificate z1 = cert("Z1-supplier-ds.pem");
    SmkiCertificate z1b = cert("Z1b-supplier-ds.pem");
    var key = PrivateKeys.parse(Files.readAllBytes(ORG_KEYS.resolve("Z1-supplier-ds.key")));

    assertThatThrownBy(() -> repo.add(new Credential(z1b, key)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining(
            "private key does not match the public key of SmkiCertificate[ORGANISATION"
                + " 90-B3-D5-1F-30-01-00-00 SUPPLIER DS serial 4A07BC01");
    assertThat(repo.size()).isZero();

    repo.add(new Credential(z1, key));
    repo.add(z1b);
    assertThat(repo.privateKey(z1)).containsSame(key);
    assertThat(repo.credential(z1)).contains(new Credential(z1, key));
    assertThat(repo.privateKey(z1b)).isEmpty();
    assertThat(repo.credentialCount()).isEqualTo(1);
  }

  @Test
  void concurrentWritersAndReadersSeeEveryDeviceOnceAllWritesAreDone() throws Exception {
    List<SmkiCertificate> certs = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEVICE_KEYS)) {
      for (Path p :
          files
              .filter(f -> f.getFileName().toString().startsWith("00db12345678"))
              .sorted()
              .toList()) {
        certs.add(SmkiCertificate.parse(Files.readAllBytes(p)));
      }
    }
    SmkiRepository repo = new SmkiRepository();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = offset; i < certs.size(); i += 4) {
                    repo.add(certs.get(i));
                    // reads interleaved with writes never fail, and see complete entries
                    SmkiCertificate c = certs.get(i);
                    assertThat(repo.device(c.subjectEui().orElseThrow(), c.usage())).contains(c);
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(repo.size()).isEqualTo(400);
    assertThat(repo.all()).hasSize(400).doesNotHaveDuplicates();
    for (SmkiCertificate c : certs) {
      assertThat(repo.device(c.subjectEui().orElseThrow(), c.usage())).contains(c);
      assertThat(repo.byIssuerNameAndSerial("CN=E357", c.serial())).contains(c);
    }
  }

  private static SmkiCertificate cert(String file) throws IOException {
    return SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve(file)));
  }
}

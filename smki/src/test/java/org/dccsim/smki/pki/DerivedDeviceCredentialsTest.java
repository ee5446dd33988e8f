package org.dccsim.smki.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.dccsim.smki.CertificateKind;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DerivedDeviceCredentialsTest {

  private static final Clock ISSUE_DAY = Clock.fixed(Instant.parse("2026-11-28T15:42:07Z"), ZoneOffset.UTC);
  private static final Clock LATER = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  private static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  private static final Eui64 STRANGER = Eui64.parse("00-DB-12-34-56-78-90-FF");

  private static CertificateAuthorities cas;

  @BeforeAll
  static void createHierarchy() {
    cas = CertificateIssuer.createAuthorities(ISSUE_DAY, new SecureRandom());
  }

  private static DerivedDeviceCredentials derived(Clock clock) {
    return new DerivedDeviceCredentials(
        DeviceKeyDerivation.fromDeviceCa(cas.deviceCa().privateKey()),
        new CertificateIssuer(cas, clock, new SecureRandom()),
        Set.of(ESME, GSME)::contains,
        16);
  }

  @Test
  void aDeviceGetsTheSameCertificateOnEveryRunWhateverTheDay() {
    SmkiCertificate first = derived(ISSUE_DAY).credential(ESME, KeyUsage.KEY_AGREEMENT).orElseThrow().certificate();
    SmkiCertificate again = derived(LATER).credential(ESME, KeyUsage.KEY_AGREEMENT).orElseThrow().certificate();

    assertThat(again.der()).isEqualTo(first.der());
    assertThat(first.notBefore()).isEqualTo(cas.deviceCa().certificate().notBefore());
  }

  @Test
  void theCertificateIsADeviceCertificateOfTheDeviceCaForTheDerivedKey() throws Exception {
    Credential c = derived(ISSUE_DAY).credential(GSME, KeyUsage.DIGITAL_SIGNATURE).orElseThrow();

    assertThat(c.certificate().kind()).isEqualTo(CertificateKind.DEVICE);
    assertThat(c.certificate().subjectEui()).contains(GSME);
    assertThat(c.certificate().usage()).isEqualTo(KeyUsage.DIGITAL_SIGNATURE);
    assertThat(EcKeys.isPair(c.privateKey(), c.certificate().publicKey())).isTrue();
    c.certificate().x509().verify(cas.deviceCa().certificate().publicKey(), CryptoProvider.bouncyCastle());
  }

  @Test
  void usagesAndDevicesHaveDistinctKeysAndSerials() {
    DerivedDeviceCredentials d = derived(ISSUE_DAY);
    Credential esmeKa = d.credential(ESME, KeyUsage.KEY_AGREEMENT).orElseThrow();
    Credential esmeDs = d.credential(ESME, KeyUsage.DIGITAL_SIGNATURE).orElseThrow();
    Credential gsmeKa = d.credential(GSME, KeyUsage.KEY_AGREEMENT).orElseThrow();

    assertThat(esmeKa.certificate().publicKey()).isNotEqualTo(esmeDs.certificate().publicKey());
    assertThat(esmeKa.certificate().publicKey()).isNotEqualTo(gsmeKa.certificate().publicKey());
    assertThat(Set.of(esmeKa.certificate().serial(), esmeDs.certificate().serial(), gsmeKa.certificate().serial()))
        .hasSize(3);
  }

  @Test
  void thePublicKeyAloneMatchesTheCertificateAndIsTheSameObjectWhileCached() {
    DerivedDeviceCredentials d = derived(ISSUE_DAY);
    var key = d.publicKey(ESME, KeyUsage.KEY_AGREEMENT).orElseThrow();

    assertThat(d.publicKey(ESME, KeyUsage.KEY_AGREEMENT)).containsSame(key);
    assertThat(key.getEncoded())
        .isEqualTo(d.credential(ESME, KeyUsage.KEY_AGREEMENT).orElseThrow().certificate().publicKey().getEncoded());
    assertThat(EcKeys.isPair(d.privateKey(ESME, KeyUsage.KEY_AGREEMENT), key)).isTrue();
  }

  @Test
  void anEuiThatIsNotAPopulationDeviceHasNoCredential() {
    assertThat(derived(ISSUE_DAY).credential(STRANGER, KeyUsage.KEY_AGREEMENT)).isEmpty();
    assertThat(derived(ISSUE_DAY).publicKey(STRANGER, KeyUsage.KEY_AGREEMENT)).isEmpty();
  }

  @Test
  void anotherDeviceCaDerivesOtherKeys() {
    CertificateAuthorities other = CertificateIssuer.createAuthorities(ISSUE_DAY, new SecureRandom());
    DeviceKeyDerivation ours = DeviceKeyDerivation.fromDeviceCa(cas.deviceCa().privateKey());
    DeviceKeyDerivation theirs = DeviceKeyDerivation.fromDeviceCa(other.deviceCa().privateKey());

    assertThat(theirs.scalar(ESME, KeyUsage.KEY_AGREEMENT)).isNotEqualTo(ours.scalar(ESME, KeyUsage.KEY_AGREEMENT));
  }

  @Test
  void theRepositoryFallsBackToDerivedDevicesButPrefersStoredOnes() {
    SmkiRepository repository = new SmkiRepository();
    DerivedDeviceCredentials d = derived(ISSUE_DAY);
    repository.deriveDevicesFrom(d);
    SmkiCertificate derivedCert = repository.device(ESME, KeyUsage.KEY_AGREEMENT).orElseThrow();

    assertThat(repository.privateKey(derivedCert)).isPresent();
    assertThat(repository.devicePublicKey(ESME, KeyUsage.KEY_AGREEMENT)).isPresent();
    assertThat(repository.device(STRANGER, KeyUsage.KEY_AGREEMENT)).isEmpty();

    var stored = new CertificateIssuer(cas, ISSUE_DAY, new SecureRandom())
        .issueDevice(GSME, KeyUsage.KEY_AGREEMENT, EcKeys.generate(new SecureRandom()).getPublic());
    repository.add(stored);
    assertThat(repository.device(GSME, KeyUsage.KEY_AGREEMENT)).contains(stored);
    assertThat(repository.devicePublicKey(GSME, KeyUsage.KEY_AGREEMENT)).contains(stored.publicKey());
  }
}

package org.dccsim.smki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class SmkiCertificateTest {

  private static final Path ORG_KEYS = ReferenceData.require("smki/org-keys");
  private static final Path DEVICE_KEYS = ReferenceData.require("smki/device-keys");

  @Test
  void readsRoleEuiUsageAndNameOfTheZaz1SupplierCertificate() throws IOException {
    SmkiCertificate c =
        SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve("Z1-supplier-ds.pem")));

    assertThat(c.kind()).isEqualTo(CertificateKind.ORGANISATION);
    assertThat(c.subjectEui()).contains(Eui64.parse("90-B3-D5-1F-30-01-00-00"));
    assertThat(c.role()).contains(RemotePartyRole.SUPPLIER);
    assertThat(c.usage()).isEqualTo(KeyUsage.DIGITAL_SIGNATURE);
    assertThat(c.commonName()).contains("GITTESTSUPPLIER");
    assertThat(c.serialHex()).isEqualTo("4FBC525201A1D7586C1BC1C4734DEB9F");
    assertThat(c.issuer().getName()).isEqualTo("CN=Z1,OU=07");
    assertThat(c.notBefore()).isEqualTo(Instant.parse("2015-10-30T00:00:00Z"));
    assertThat(c.notAfter()).isEqualTo(Instant.parse("2025-10-29T23:59:59Z"));
    assertThat(c.x509().getSerialNumber()).isEqualTo(c.serial());
  }

  @Test
  void everyZaz1CertificateParsesWithTheRoleItsFileNameImplies() throws IOException {
    List<Path> pems = list(ORG_KEYS, "-ds.pem", "-dSPXmlSign.pem", "pre-1.4.1.pem");
    assertThat(pems).hasSize(19);
    for (Path pem : pems) {
      SmkiCertificate c = SmkiCertificate.parse(Files.readAllBytes(pem));
      String name = pem.getFileName().toString();
      RemotePartyRole expected =
          name.startsWith("xml-sign")
              ? RemotePartyRole.XML_SIGN
              : name.startsWith("dsp-xml-sign") || name.contains("dSPXmlSign")
                  ? RemotePartyRole.DSP_XML_SIGN
                  : name.contains("supplier")
                      ? RemotePartyRole.SUPPLIER
                      : name.contains("networkOperator")
                          ? RemotePartyRole.NETWORK_OPERATOR
                          : name.contains("accessControlBroker")
                              ? RemotePartyRole.ACCESS_CONTROL_BROKER
                              : name.contains("recovery")
                                  ? RemotePartyRole.RECOVERY
                                  : name.contains("transitionalCoS")
                                      ? RemotePartyRole.TRANSITIONAL_COS
                                      : RemotePartyRole.WAN_PROVIDER;
      assertThat(c.role()).as(name).contains(expected);
      assertThat(c.kind()).as(name).isEqualTo(CertificateKind.ORGANISATION);
      assertThat(c.usage()).as(name).isEqualTo(KeyUsage.DIGITAL_SIGNATURE);
    }
  }

  @Test
  void readsThePre141DspCertificateWhoseOuIsDecimal() throws IOException {
    SmkiCertificate c =
        SmkiCertificate.parse(
            Files.readAllBytes(ORG_KEYS.resolve("dsp-xml-sign-90B3D51F30000002-ds-pre-1.4.1.pem")));

    assertThat(c.x509().getSubjectX500Principal().getName()).contains("OU=137");
    assertThat(c.role()).contains(RemotePartyRole.DSP_XML_SIGN);
    assertThat(c.subjectEui()).contains(Eui64.DCC_ACCESS_CONTROL_BROKER);
  }

  @Test
  void takesEveryRtdsDeviceEuiFromTheSubjectAltName() throws IOException {
    int devices = 0;
    for (Path pem : list(DEVICE_KEYS, ".pem")) {
      String name = pem.getFileName().toString();
      if (!name.startsWith("00db12345678")) {
        continue;
      }
      SmkiCertificate c = SmkiCertificate.parse(Files.readAllBytes(pem));
      assertThat(c.kind()).as(name).isEqualTo(CertificateKind.DEVICE);
      assertThat(c.subjectEui()).as(name).contains(Eui64.parse(name.substring(0, 16)));
      assertThat(c.usage())
          .as(name)
          .isEqualTo(
              name.endsWith("-ds.pem") ? KeyUsage.DIGITAL_SIGNATURE : KeyUsage.KEY_AGREEMENT);
      assertThat(c.role()).isEmpty();
      assertThat(c.commonName()).isEmpty();
      assertThat(c.notAfter()).isEqualTo(SmkiProfile.DEVICE_NOT_AFTER);
      assertThat(c.issuer().getName()).isEqualTo("CN=E357");
      devices++;
    }
    assertThat(devices).isEqualTo(400);
  }

  @Test
  void derAndPemOfOneCertificateAreEqualAndTheDerIsACopy() throws IOException {
    byte[] pem = Files.readAllBytes(ORG_KEYS.resolve("Z1-recovery-ds.pem"));
    SmkiCertificate fromPem = SmkiCertificate.parse(pem);
    SmkiCertificate fromDer = SmkiCertificate.parse(fromPem.der());

    assertThat(fromDer).isEqualTo(fromPem).hasSameHashCodeAs(fromPem);
    byte[] der = fromPem.der();
    der[0] ^= 1;
    assertThat(fromPem.der()).isNotEqualTo(der);
    assertThat(fromPem.derLength()).isEqualTo(der.length);
  }

  @Test
  void returnsTheSamePublicKeyObjectEveryTime() throws IOException {
    SmkiCertificate c =
        SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve("Z1-supplier-ds.pem")));

    assertThat(c.publicKey()).isSameAs(c.publicKey());
    assertThat(c.publicKey().getEncoded()).isEqualTo(c.x509().getPublicKey().getEncoded());
  }

  // ------------------------------------------------------------------ malformed input

  @Test
  void rejectsTruncatedDer() throws IOException {
    byte[] der =
        SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve("Z1-supplier-ds.pem"))).der();

    for (int cut : new int[] {1, 2, 10, 200, der.length - 1}) {
      assertThatThrownBy(() -> SmkiCertificate.parse(Arrays.copyOf(der, cut)))
          .as("cut at %d", cut)
          .isInstanceOf(SmkiException.class)
          .hasMessageContaining("not DER");
    }
  }

  @Test
  void rejectsTrailingBytesAfterTheCertificate() throws IOException {
    byte[] der =
        SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve("Z1-supplier-ds.pem"))).der();

    assertThatThrownBy(() -> SmkiCertificate.parse(Arrays.copyOf(der, der.length + 2)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("not DER");
  }

  @Test
  void rejectsGarbagePem() {
    byte[] badBase64 =
        "-----BEGIN CERTIFICATE-----\n!!!not base64***\n-----END CERTIFICATE-----\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] unterminated = "-----BEGIN CERTIFICATE-----\nMIIB\n".getBytes(StandardCharsets.US_ASCII);
    byte[] wrongBlock =
        "-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] notAsn1 =
        "-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n"
            .getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> SmkiCertificate.parse(badBase64))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("PEM block 1 is malformed");
    assertThatThrownBy(() -> SmkiCertificate.parse(unterminated))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> SmkiCertificate.parse(wrongBlock))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("expected one PEM block CERTIFICATE");
    assertThatThrownBy(() -> SmkiCertificate.parse(notAsn1))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("not DER");
    assertThatThrownBy(() -> SmkiCertificate.parse(new byte[0]))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("no bytes");
  }

  @Test
  void rejectsAnRsaCertificate() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", CryptoProvider.bouncyCastle());
    g.initialize(512); // only needs to be RSA, not strong
    KeyPair rsa = g.generateKeyPair();
    byte[] der =
        selfSigned(
            rsa,
            "SHA256withRSA",
            orgSubject("02", 8),
            org.bouncycastle.asn1.x509.KeyUsage.digitalSignature);

    assertThatThrownBy(() -> SmkiCertificate.parse(der))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining(
            "subjectPublicKeyInfo: algorithm 1.2.840.113549.1.1.1 is not id-ecPublicKey");
  }

  @Test
  void rejectsAnEcKeyOnAnotherCurve() throws Exception {
    KeyPair p384 = ecKeys("secp384r1");

    assertThatThrownBy(
            () ->
                SmkiCertificate.parse(
                    selfSigned(
                        p384,
                        "SHA256withECDSA",
                        orgSubject("02", 8),
                        org.bouncycastle.asn1.x509.KeyUsage.digitalSignature)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("not the named curve prime256v1");
  }

  @Test
  void rejectsProfileViolationsTheSimulatorDependsOn() throws Exception {
    KeyPair keys = ecKeys("secp256r1");
    int ds = org.bouncycastle.asn1.x509.KeyUsage.digitalSignature;
    int ka = org.bouncycastle.asn1.x509.KeyUsage.keyAgreement;

    assertThatThrownBy(
            () ->
                SmkiCertificate.parse(
                    selfSigned(keys, "SHA256withECDSA", orgSubject("02", 8), ds | ka)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("keyUsage: bits 0x88");
    assertThatThrownBy(
            () ->
                SmkiCertificate.parse(selfSigned(keys, "SHA256withECDSA", orgSubject("X2", 8), ds)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("organizationalUnitName 'X2' is not a remote party role");
    assertThatThrownBy(
            () ->
                SmkiCertificate.parse(selfSigned(keys, "SHA256withECDSA", orgSubject("99", 8), ds)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("'99' is not a remote party role");
    assertThatThrownBy(
            () ->
                SmkiCertificate.parse(selfSigned(keys, "SHA256withECDSA", orgSubject("02", 7), ds)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("x500UniqueIdentifier: 7 bytes");
    assertThatThrownBy(
            () ->
                SmkiCertificate.parse(
                    selfSigned(keys, "SHA256withECDSA", new X500Name("CN=nobody"), ds)))
        .isInstanceOf(SmkiException.class)
        .hasMessageContaining("neither an organisation certificate");
  }

  @Test
  void rejectsADeviceHardwareSerialThatIsNotEightBytes() throws Exception {
    KeyPair keys = ecKeys("secp256r1");
    org.bouncycastle.asn1.ASN1EncodableVector hw = new org.bouncycastle.asn1.ASN1EncodableVector();
    hw.add(SmkiProfile.DEVICE_HW_TYPE);
    hw.add(new org.bouncycastle.asn1.DEROctetString(new byte[9]));
    org.bouncycastle.asn1.x509.GeneralNames san =
        new org.bouncycastle.asn1.x509.GeneralNames(
            new org.bouncycastle.asn1.x509.GeneralName(
                org.bouncycastle.asn1.x509.GeneralName.otherName,
                new org.bouncycastle.asn1.x509.OtherName(
                    SmkiProfile.HARDWARE_MODULE_NAME, new org.bouncycastle.asn1.DERSequence(hw))));
    X509v3CertificateBuilder b =
        new X509v3CertificateBuilder(
            new X500Name("CN=E357"),
            BigInteger.TEN,
            Date.from(Instant.parse("2020-01-01T00:00:00Z")),
            Date.from(SmkiProfile.DEVICE_NOT_AFTER),
            new X500Name(new RDN[0]),
            SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
    b.addExtension(
        Extension.keyUsage,
        true,
        new org.bouncycastle.asn1.x509.KeyUsage(org.bouncycastle.asn1.x509.KeyUsage.keyAgreement));
    b.addExtension(Extension.subjectAlternativeName, true, san);
    byte[] der =
        b.build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(CryptoProvider.bouncyCastle())
                    .build(keys.getPrivate()))
            .getEncoded();

    assertThatThrownBy(() -> SmkiCertificate.parse(der))
        .isInstanceOf(SmkiException.class)
        .hasMessage(
            "certificate a: subjectAltName hardwareModuleName: hwSerialNum is 9 bytes, an EUI-64 is"
                + " 8");
  }

  // ------------------------------------------------------------------ helpers

  private static List<Path> list(Path dir, String... suffixes) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> Stream.of(suffixes).anyMatch(x -> p.getFileName().toString().endsWith(x)))
          .sorted()
          .toList();
    }
  }

  static KeyPair ecKeys(String curve) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", CryptoProvider.bouncyCastle());
    g.initialize(new ECGenParameterSpec(curve));
    return g.generateKeyPair();
  }

  static X500Name orgSubject(String ou, int euiBytes) {
    return new X500Name(
        new RDN[] {
          new RDN(BCStyle.OU, new DERUTF8String(ou)),
          new RDN(SmkiProfile.X500_UNIQUE_IDENTIFIER, new DERBitString(new byte[euiBytes]))
        });
  }

  static byte[] selfSigned(KeyPair keys, String algorithm, X500Name subject, int keyUsageBits)
      throws Exception {
    X509v3CertificateBuilder b =
        new X509v3CertificateBuilder(
            new X500Name("CN=test"),
            BigInteger.valueOf(7),
            Date.from(Instant.parse("2020-01-01T00:00:00Z")),
            Date.from(Instant.parse("2030-01-01T00:00:00Z")),
            subject,
            SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
    b.addExtension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(keyUsageBits));
    return b.build(
            new JcaContentSignerBuilder(algorithm)
                .setProvider(CryptoProvider.bouncyCastle())
                .build(keys.getPrivate()))
        .getEncoded();
  }
}

package org.dccsim.smki.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.dccsim.smki.CertificateKind;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiProfile;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateIssuerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T15:42:07Z"), ZoneOffset.UTC);
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");

  private static CertificateAuthorities cas;
  private static CertificateIssuer issuer;

  @BeforeAll
  static void createHierarchy() {
    SecureRandom random = new SecureRandom();
    cas = CertificateIssuer.createAuthorities(CLOCK, random);
    issuer = new CertificateIssuer(cas, CLOCK, random);
  }

  @Test
  void rootIsSelfSignedWithRoleZeroAndNoAuthorityKeyIdentifier() throws Exception {
    SmkiCertificate root = cas.root().certificate();
    TBSCertificate tbs = tbs(root);

    assertThat(root.kind()).isEqualTo(CertificateKind.CERTIFICATE_AUTHORITY);
    assertThat(root.role()).contains(RemotePartyRole.ROOT);
    assertThat(root.issuer()).isEqualTo(root.x509().getSubjectX500Principal());
    assertThat(root.issuer().getName()).isEqualTo("CN=DS0,OU=00");
    assertThat(tbs.getExtensions().getExtension(Extension.authorityKeyIdentifier)).isNull();
    assertCaExtensions(tbs.getExtensions());
    root.x509().verify(root.publicKey(), CryptoProvider.bouncyCastle());
  }

  @Test
  void organisationAndDeviceCasAreIssuedByTheRoot() throws Exception {
    SmkiCertificate root = cas.root().certificate();
    SmkiCertificate oca = cas.organisationCa().certificate();
    SmkiCertificate dca = cas.deviceCa().certificate();

    assertThat(oca.x509().getSubjectX500Principal().getName()).isEqualTo("CN=DS1,OU=07");
    assertThat(oca.role()).contains(RemotePartyRole.ISSUING_AUTHORITY);
    assertThat(dca.x509().getSubjectX500Principal().getName()).isEqualTo("CN=DS2");
    for (SmkiCertificate ca : new SmkiCertificate[] {oca, dca}) {
      assertThat(ca.kind()).isEqualTo(CertificateKind.CERTIFICATE_AUTHORITY);
      assertThat(ca.issuer()).isEqualTo(root.x509().getSubjectX500Principal());
      Extensions ext = tbs(ca).getExtensions();
      assertCaExtensions(ext);
      assertThat(BasicConstraints.fromExtensions(ext).getPathLenConstraint())
          .isEqualTo(BigInteger.ZERO);
      assertThat(aki(ext)).isEqualTo(ski(tbs(root).getExtensions()));
      ca.x509().verify(root.publicKey(), CryptoProvider.bouncyCastle());
    }
  }

  @Test
  void organisationCertificatesFollowTheProfile() throws Exception {
    for (KeyUsage usage : KeyUsage.values()) {
      KeyPair keys = EcKeys.generate(new SecureRandom());
      SmkiCertificate c =
          issuer.issueOrganisation(
              SUPPLIER, RemotePartyRole.SUPPLIER, usage, "GITTESTSUPPLIER", keys.getPublic());
      TBSCertificate tbs = tbs(c);

      // subject: CN, OU = role as 2 hex digits, x500UniqueIdentifier = 03 09 00 + EUI
      RDN[] rdns = tbs.getSubject().getRDNs();
      assertThat(rdns).hasSize(3);
      assertThat(rdns[0].getFirst().getType()).isEqualTo(BCStyle.CN);
      assertThat(rdns[1].getFirst().getType()).isEqualTo(BCStyle.OU);
      assertThat(rdns[1].getFirst().getValue().toString()).isEqualTo("02");
      assertThat(rdns[2].getFirst().getType()).isEqualTo(SmkiProfile.X500_UNIQUE_IDENTIFIER);
      assertThat(rdns[2].getFirst().getValue().toASN1Primitive().getEncoded())
          .isEqualTo(hex("03090090B3D51F30010000"));

      assertEndEntityBasics(tbs, usage);
      assertThat(policies(tbs.getExtensions())).containsExactly(SmkiProfile.ORGANISATION_POLICY);
      assertThat(aki(tbs.getExtensions()))
          .isEqualTo(ski(tbs(cas.organisationCa().certificate()).getExtensions()));
      assertThat(c.issuer())
          .isEqualTo(cas.organisationCa().certificate().x509().getSubjectX500Principal());

      // ten years less a second from the start of the day of issue, both as UTCTime
      assertThat(tbs.getStartDate().toASN1Primitive()).isInstanceOf(ASN1UTCTime.class);
      assertThat(c.notBefore()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
      assertThat(c.notAfter()).isEqualTo(Instant.parse("2036-11-27T23:59:59Z"));

      assertThat(c.kind()).isEqualTo(CertificateKind.ORGANISATION);
      assertThat(c.subjectEui()).contains(SUPPLIER);
      assertThat(c.role()).contains(RemotePartyRole.SUPPLIER);
      assertThat(c.usage()).isEqualTo(usage);
      assertThat(c.publicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
      c.x509()
          .verify(cas.organisationCa().certificate().publicKey(), CryptoProvider.bouncyCastle());
    }
  }

  @Test
  void anOrganisationSubjectIsEncodedByteForByteAsInTheZaz1Certificates() throws IOException {
    SmkiCertificate zaz1 =
        SmkiCertificate.parse(
            Files.readAllBytes(ReferenceData.require("smki/org-keys/Z1-supplier-ds.pem")));
    SmkiCertificate ours =
        issuer.issueOrganisation(
            SUPPLIER,
            RemotePartyRole.SUPPLIER,
            KeyUsage.DIGITAL_SIGNATURE,
            "GITTESTSUPPLIER",
            zaz1.publicKey());
    SmkiCertificate xmlSign =
        SmkiCertificate.parse(
            Files.readAllBytes(
                ReferenceData.require("smki/org-keys/xml-sign-90B3D51F30010000-ds.pem")));
    SmkiCertificate oursXml =
        issuer.issueOrganisation(
            SUPPLIER,
            RemotePartyRole.XML_SIGN,
            KeyUsage.DIGITAL_SIGNATURE,
            null,
            xmlSign.publicKey());

    assertThat(tbs(ours).getSubject().getEncoded()).isEqualTo(tbs(zaz1).getSubject().getEncoded());
    assertThat(tbs(oursXml).getSubject().getEncoded())
        .isEqualTo(tbs(xmlSign).getSubject().getEncoded());
    for (ASN1ObjectIdentifier oid :
        new ASN1ObjectIdentifier[] {Extension.keyUsage, Extension.certificatePolicies}) {
      assertThat(tbs(ours).getExtensions().getExtension(oid))
          .isEqualTo(tbs(zaz1).getExtensions().getExtension(oid));
    }
  }

  @Test
  void organisationWithoutNameHasOnlyOuAndUniqueIdentifier() throws IOException {
    SmkiCertificate c =
        issuer.issueOrganisation(
            SUPPLIER,
            RemotePartyRole.OTHER,
            KeyUsage.KEY_AGREEMENT,
            null,
            EcKeys.generate(new SecureRandom()).getPublic());

    RDN[] rdns = tbs(c).getSubject().getRDNs();
    assertThat(rdns).hasSize(2);
    assertThat(rdns[0].getFirst().getValue().toString()).isEqualTo("7F");
    assertThat(c.commonName()).isEmpty();
    assertThat(c.role()).contains(RemotePartyRole.OTHER);
  }

  @Test
  void deviceCertificatesFollowTheProfile() throws Exception {
    for (KeyUsage usage : KeyUsage.values()) {
      SmkiCertificate c =
          issuer.issueDevice(ESME, usage, EcKeys.generate(new SecureRandom()).getPublic());
      TBSCertificate tbs = tbs(c);

      assertThat(tbs.getSubject().getRDNs()).isEmpty();
      Extension sanExt = tbs.getExtensions().getExtension(Extension.subjectAlternativeName);
      assertThat(sanExt.isCritical()).isTrue();
      GeneralName[] names = GeneralNames.getInstance(sanExt.getParsedValue()).getNames();
      assertThat(names).hasSize(1);
      assertThat(names[0].getTagNo()).isEqualTo(GeneralName.otherName);
      ASN1Sequence otherName = ASN1Sequence.getInstance(names[0].getName());
      assertThat(otherName.getObjectAt(0)).isEqualTo(SmkiProfile.HARDWARE_MODULE_NAME);
      ASN1Sequence hwModuleName =
          ASN1Sequence.getInstance(
              ((ASN1TaggedObject) otherName.getObjectAt(1)).getExplicitBaseObject());
      assertThat(hwModuleName.getObjectAt(0)).isEqualTo(SmkiProfile.DEVICE_HW_TYPE);
      assertThat(ASN1OctetString.getInstance(hwModuleName.getObjectAt(1)).getOctets())
          .isEqualTo(ESME.toBytes());

      assertEndEntityBasics(tbs, usage);
      assertThat(policies(tbs.getExtensions())).containsExactly(SmkiProfile.DEVICE_POLICY);
      assertThat(tbs.getEndDate().toASN1Primitive()).isInstanceOf(ASN1GeneralizedTime.class);
      assertThat(((ASN1GeneralizedTime) tbs.getEndDate().toASN1Primitive()).getTimeString())
          .isEqualTo("99991231235959Z");
      assertThat(aki(tbs.getExtensions()))
          .isEqualTo(ski(tbs(cas.deviceCa().certificate()).getExtensions()));

      assertThat(c.kind()).isEqualTo(CertificateKind.DEVICE);
      assertThat(c.subjectEui()).contains(ESME);
      assertThat(c.usage()).isEqualTo(usage);
      assertThat(c.issuer())
          .isEqualTo(cas.deviceCa().certificate().x509().getSubjectX500Principal());
      c.x509().verify(cas.deviceCa().certificate().publicKey(), CryptoProvider.bouncyCastle());
    }
  }

  @Test
  void aDeviceSubjectAltNameIsEncodedByteForByteAsInTheRtdsCertificates() throws IOException {
    SmkiCertificate rtds =
        SmkiCertificate.parse(
            Files.readAllBytes(ReferenceData.require("smki/device-keys/00db1234567890a0-ka.pem")));
    SmkiCertificate ours = issuer.issueDevice(ESME, KeyUsage.KEY_AGREEMENT, rtds.publicKey());

    for (ASN1ObjectIdentifier oid :
        new ASN1ObjectIdentifier[] {Extension.subjectAlternativeName, Extension.keyUsage}) {
      assertThat(tbs(ours).getExtensions().getExtension(oid))
          .isEqualTo(tbs(rtds).getExtensions().getExtension(oid));
    }
    assertThat(tbs(ours).getEndDate()).isEqualTo(tbs(rtds).getEndDate());
  }

  @Test
  void serialsAreSixteenBytePositiveAndDistinct() throws IOException {
    var key = EcKeys.generate(new SecureRandom()).getPublic();
    java.util.Set<BigInteger> seen = new java.util.HashSet<>();
    for (int i = 0; i < 50; i++) {
      SmkiCertificate c = issuer.issueDevice(ESME, KeyUsage.DIGITAL_SIGNATURE, key);
      byte[] encoded = tbs(c).getSerialNumber().getEncoded();
      assertThat(encoded[0]).isEqualTo((byte) 0x02);
      assertThat(encoded[1]).isEqualTo((byte) 16);
      assertThat(c.serial().signum()).isPositive();
      assertThat(c.serial().bitLength()).isBetween(121, 127);
      assertThat(seen.add(c.serial())).isTrue();
    }
  }

  // ------------------------------------------------------------------ helpers

  private static void assertEndEntityBasics(TBSCertificate tbs, KeyUsage usage) throws IOException {
    assertThat(tbs.getVersionNumber()).isEqualTo(3);
    assertThat(tbs.getSignature().getAlgorithm()).isEqualTo(X9ObjectIdentifiers.ecdsa_with_SHA256);
    assertThat(tbs.getSubjectPublicKeyInfo().getAlgorithm().getParameters())
        .isEqualTo(X9ObjectIdentifiers.prime256v1);
    Extensions ext = tbs.getExtensions();

    Extension ku = ext.getExtension(Extension.keyUsage);
    assertThat(ku.isCritical()).isTrue();
    int bits = ASN1BitString.getInstance(ku.getParsedValue()).intValue();
    assertThat(Integer.bitCount(bits)).isEqualTo(1);
    assertThat(ku.getExtnValue().getOctets())
        .isEqualTo(usage == KeyUsage.DIGITAL_SIGNATURE ? hex("03020780") : hex("03020308"));

    assertThat(ext.getExtension(Extension.certificatePolicies).isCritical()).isTrue();
    assertThat(ext.getExtension(Extension.subjectKeyIdentifier).isCritical()).isFalse();
    assertThat(ext.getExtension(Extension.authorityKeyIdentifier).isCritical()).isFalse();
    assertThat(ski(ext))
        .hasSize(8)
        .isEqualTo(CertificateIssuer.keyIdentifier(tbs.getSubjectPublicKeyInfo()));
    assertThat(ski(ext)[0] & 0xF0).isEqualTo(0x40);
    assertThat(aki(ext)).hasSize(8);
    assertThat(ext.getExtension(Extension.basicConstraints)).isNull();
  }

  private static void assertCaExtensions(Extensions ext) {
    Extension bc = ext.getExtension(Extension.basicConstraints);
    assertThat(bc.isCritical()).isTrue();
    assertThat(BasicConstraints.getInstance(bc.getParsedValue()).isCA()).isTrue();
    Extension ku = ext.getExtension(Extension.keyUsage);
    assertThat(ku.isCritical()).isTrue();
    assertThat(ASN1BitString.getInstance(ku.getParsedValue()).intValue())
        .isEqualTo(
            org.bouncycastle.asn1.x509.KeyUsage.keyCertSign
                | org.bouncycastle.asn1.x509.KeyUsage.cRLSign);
    assertThat(ski(ext)).hasSize(8);
    assertThat(ext.getExtension(Extension.certificatePolicies).isCritical()).isTrue();
  }

  private static ASN1ObjectIdentifier[] policies(Extensions ext) {
    var infos = CertificatePolicies.fromExtensions(ext).getPolicyInformation();
    ASN1ObjectIdentifier[] oids = new ASN1ObjectIdentifier[infos.length];
    for (int i = 0; i < infos.length; i++) {
      oids[i] = infos[i].getPolicyIdentifier();
    }
    return oids;
  }

  private static byte[] ski(Extensions ext) {
    return SubjectKeyIdentifier.fromExtensions(ext).getKeyIdentifier();
  }

  private static byte[] aki(Extensions ext) {
    AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.fromExtensions(ext);
    assertThat(aki.getAuthorityCertIssuer()).isNull();
    assertThat(aki.getAuthorityCertSerialNumber()).isNull();
    return aki.getKeyIdentifierObject().getOctets();
  }

  private static TBSCertificate tbs(SmkiCertificate c) throws IOException {
    return Certificate.getInstance(ASN1Primitive.fromByteArray(c.der())).getTBSCertificate();
  }

  private static byte[] hex(String s) {
    return org.bouncycastle.util.encoders.Hex.decode(s);
  }
}

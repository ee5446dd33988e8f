package org.dccsim.smki.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiException;
import org.dccsim.smki.SmkiProfile;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;

/**
 * Issues certificates to the SMKI profiles of GBCS section 12, as the public ZAZ1 and RTDS
 * certificates show them:
 *
 * <ul>
 *   <li>all: X.509 v3, P-256 key, ecdsa-with-SHA256, 16-byte positive random serial, critical
 *       keyUsage, 8-byte subjectKeyIdentifier (RFC 5280 method 2), authorityKeyIdentifier [0]
 *       keyIdentifier (absent only on the self-signed root), one critical certificatePolicies;
 *   <li>organisation: subject [CN] + OU (role, 2 hex digits) + x500UniqueIdentifier (EUI-64),
 *       exactly one of digitalSignature / keyAgreement, valid 10 years less a second from the start
 *       of the day of issue;
 *   <li>device: empty subject, critical SAN with one otherName hardwareModuleName {hwType,
 *       hwSerialNum = EUI-64}, one key-usage bit, notAfter 99991231235959Z;
 *   <li>CAs: critical basicConstraints cA (path length 0 below the root), keyCertSign + cRLSign.
 * </ul>
 */
public final class CertificateIssuer {

  /** Subject CNs of the generated hierarchy; the real test PKI uses ZA / Z1 / E357. */
  public static final String ROOT_NAME = "DS0";

  public static final String ORGANISATION_CA_NAME = "DS1";
  public static final String DEVICE_CA_NAME = "DS2";

  private static final int CA_VALIDITY_YEARS = 30;
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  private final CertificateAuthorities authorities;
  private final Clock clock;
  private final SecureRandom random;

  public CertificateIssuer(CertificateAuthorities authorities, Clock clock, SecureRandom random) {
    this.authorities = Objects.requireNonNull(authorities, "authorities");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Creates a fresh hierarchy: a self-signed Root (OU=00, CN=DS0), an Organisation CA (OU=07,
   * CN=DS1) and a Device CA (CN=DS2), each valid 30 years from the start of today.
   */
  public static CertificateAuthorities createAuthorities(Clock clock, SecureRandom random) {
    Instant from = startOfDay(clock);
    Instant to = plusYears(from, CA_VALIDITY_YEARS);

    KeyPair rootKeys = EcKeys.generate(random);
    X500Name rootName = name(ROOT_NAME, RemotePartyRole.ROOT);
    SmkiCertificate root =
        build(
            rootName,
            rootName,
            rootKeys.getPublic(),
            rootKeys.getPrivate(),
            null,
            from,
            to,
            random,
            caExtensions(-1, List.of(SmkiProfile.ORGANISATION_POLICY, SmkiProfile.DEVICE_POLICY)));
    Credential rootCredential = new Credential(root, rootKeys.getPrivate());

    KeyPair ocaKeys = EcKeys.generate(random);
    SmkiCertificate oca =
        build(
            rootName,
            name(ORGANISATION_CA_NAME, RemotePartyRole.ISSUING_AUTHORITY),
            ocaKeys.getPublic(),
            rootKeys.getPrivate(),
            root,
            from,
            to,
            random,
            caExtensions(0, List.of(SmkiProfile.ORGANISATION_POLICY)));

    KeyPair dcaKeys = EcKeys.generate(random);
    SmkiCertificate dca =
        build(
            rootName,
            name(DEVICE_CA_NAME, null),
            dcaKeys.getPublic(),
            rootKeys.getPrivate(),
            root,
            from,
            to,
            random,
            caExtensions(0, List.of(SmkiProfile.DEVICE_POLICY)));

    return new CertificateAuthorities(
        rootCredential,
        new Credential(oca, ocaKeys.getPrivate()),
        new Credential(dca, dcaKeys.getPrivate()));
  }

  public CertificateAuthorities authorities() {
    return authorities;
  }

  /**
   * An organisation certificate, issued by the Organisation CA.
   *
   * @param commonNameOrNull the subject CN (e.g. "GITTESTSUPPLIER"), or null for none
   */
  public SmkiCertificate issueOrganisation(
      Eui64 eui, RemotePartyRole role, KeyUsage usage, String commonNameOrNull, PublicKey key) {
    Objects.requireNonNull(eui, "eui");
    Objects.requireNonNull(role, "role");
    List<RDN> rdns = new ArrayList<>(3);
    if (commonNameOrNull != null) {
      rdns.add(new RDN(BCStyle.CN, new DERUTF8String(commonNameOrNull)));
    }
    rdns.add(new RDN(BCStyle.OU, new DERUTF8String(role.organisationalUnit())));
    rdns.add(new RDN(SmkiProfile.X500_UNIQUE_IDENTIFIER, new DERBitString(eui.toBytes())));
    X500Name subject = new X500Name(rdns.toArray(RDN[]::new));

    Instant from = startOfDay(clock);
    Instant to = plusYears(from, SmkiProfile.ORGANISATION_VALIDITY_YEARS);
    Credential oca = authorities.organisationCa();
    return build(
        issuerName(oca),
        subject,
        key,
        oca.privateKey(),
        oca.certificate(),
        from,
        to,
        random,
        endEntityExtensions(usage, SmkiProfile.ORGANISATION_POLICY, null));
  }

  /** A device certificate, issued by the Device CA, valid from the start of today. */
  public SmkiCertificate issueDevice(Eui64 eui, KeyUsage usage, PublicKey key) {
    return issueDevice(eui, usage, key, startOfDay(clock), random);
  }

  /**
   * A device certificate valid from {@code notBefore}, whose serial and signature draw on
   * {@code random}: with a seeded random the same inputs give the same certificate on every run.
   */
  public SmkiCertificate issueDevice(
      Eui64 eui, KeyUsage usage, PublicKey key, Instant notBefore, SecureRandom random) {
    Objects.requireNonNull(eui, "eui");
    ASN1EncodableVector hwModuleName = new ASN1EncodableVector(2);
    hwModuleName.add(SmkiProfile.DEVICE_HW_TYPE);
    hwModuleName.add(new DEROctetString(eui.toBytes()));
    GeneralNames san =
        new GeneralNames(
            new GeneralName(
                GeneralName.otherName,
                new OtherName(SmkiProfile.HARDWARE_MODULE_NAME, new DERSequence(hwModuleName))));

    Credential dca = authorities.deviceCa();
    return build(
        issuerName(dca),
        new X500Name(new RDN[0]),
        key,
        dca.privateKey(),
        dca.certificate(),
        notBefore,
        SmkiProfile.DEVICE_NOT_AFTER,
        random,
        endEntityExtensions(usage, SmkiProfile.DEVICE_POLICY, san));
  }

  // ---------------------------------------------------------------------------------------------

  private record Ext(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {}

  private static List<Ext> endEntityExtensions(
      KeyUsage usage, ASN1ObjectIdentifier policy, GeneralNames sanOrNull) {
    int bit =
        usage == KeyUsage.DIGITAL_SIGNATURE
            ? org.bouncycastle.asn1.x509.KeyUsage.digitalSignature
            : org.bouncycastle.asn1.x509.KeyUsage.keyAgreement;
    List<Ext> list = new ArrayList<>(3);
    list.add(new Ext(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(bit)));
    if (sanOrNull != null) {
      list.add(new Ext(Extension.subjectAlternativeName, true, sanOrNull));
    }
    list.add(
        new Ext(
            Extension.certificatePolicies,
            true,
            new CertificatePolicies(new PolicyInformation(policy))));
    return list;
  }

  private static List<Ext> caExtensions(int pathLength, List<ASN1ObjectIdentifier> policies) {
    PolicyInformation[] infos =
        policies.stream().map(PolicyInformation::new).toArray(PolicyInformation[]::new);
    return List.of(
        new Ext(
            Extension.basicConstraints,
            true,
            pathLength < 0 ? new BasicConstraints(true) : new BasicConstraints(pathLength)),
        new Ext(
            Extension.keyUsage,
            true,
            new org.bouncycastle.asn1.x509.KeyUsage(
                org.bouncycastle.asn1.x509.KeyUsage.keyCertSign
                    | org.bouncycastle.asn1.x509.KeyUsage.cRLSign)),
        new Ext(Extension.certificatePolicies, true, new CertificatePolicies(infos)));
  }

  /**
   * Builds and signs. Extensions go in the given order with the SKI right after keyUsage and the
   * AKI last: the order of the ZAZ1 certificates.
   */
  private static SmkiCertificate build(
      X500Name issuer,
      X500Name subject,
      PublicKey key,
      PrivateKey signingKey,
      SmkiCertificate issuerCertOrNull,
      Instant notBefore,
      Instant notAfter,
      SecureRandom random,
      List<Ext> extensions) {
    try {
      SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.getEncoded());
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
              issuer, serial(random), Date.from(notBefore), Date.from(notAfter), subject, spki);
      for (Ext e : extensions) {
        builder.addExtension(e.oid(), e.critical(), e.value());
        if (e.oid().equals(Extension.keyUsage)) {
          builder.addExtension(
              Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(spki)));
        }
      }
      if (issuerCertOrNull != null) {
        SubjectPublicKeyInfo issuerSpki =
            SubjectPublicKeyInfo.getInstance(issuerCertOrNull.publicKey().getEncoded());
        builder.addExtension(
            Extension.authorityKeyIdentifier,
            false,
            new AuthorityKeyIdentifier(keyIdentifier(issuerSpki)));
      }
      ContentSigner signer =
          new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
              .setProvider(CryptoProvider.bouncyCastle())
              .setSecureRandom(random)
              .build(signingKey);
      return SmkiCertificate.fromDer(builder.build(signer).getEncoded());
    } catch (IOException | OperatorCreationException e) {
      throw new SmkiException(
          "issuing a certificate for " + subject + " failed: " + e.getMessage(), e);
    }
  }

  /** RFC 5280 4.2.1.2 method 2: 0100 then the low 60 bits of SHA-1(subjectPublicKey). */
  static byte[] keyIdentifier(SubjectPublicKeyInfo spki) {
    byte[] point = spki.getPublicKeyData().getBytes();
    SHA1Digest sha1 = new SHA1Digest();
    sha1.update(point, 0, point.length);
    byte[] digest = new byte[sha1.getDigestSize()];
    sha1.doFinal(digest, 0);
    byte[] id = new byte[SmkiProfile.KEY_IDENTIFIER_LENGTH];
    System.arraycopy(digest, digest.length - id.length, id, 0, id.length);
    id[0] = (byte) (0x40 | (id[0] & 0x0F));
    return id;
  }

  /** 16 random bytes, positive, first byte non-zero: the DER INTEGER is exactly 16 bytes. */
  private static BigInteger serial(SecureRandom random) {
    byte[] b = new byte[SmkiProfile.SERIAL_LENGTH];
    random.nextBytes(b);
    b[0] &= 0x7F;
    if (b[0] == 0) {
      b[0] = 0x01;
    }
    return new BigInteger(1, b);
  }

  private static X500Name name(String commonName, RemotePartyRole roleOrNull) {
    // encoded as OU then CN, like the ZAZ1 CAs ("OU=07, CN=Z1")
    List<RDN> rdns = new ArrayList<>(2);
    if (roleOrNull != null) {
      rdns.add(new RDN(BCStyle.OU, new DERPrintableString(roleOrNull.organisationalUnit())));
    }
    rdns.add(new RDN(BCStyle.CN, new DERPrintableString(commonName)));
    return new X500Name(rdns.toArray(RDN[]::new));
  }

  /** The issuer's subject exactly as encoded in its certificate. */
  private static X500Name issuerName(Credential ca) {
    return X500Name.getInstance(ca.certificate().x509().getSubjectX500Principal().getEncoded());
  }

  private static Instant startOfDay(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.DAYS);
  }

  private static Instant plusYears(Instant from, int years) {
    return ZonedDateTime.ofInstant(from, ZoneOffset.UTC)
        .plusYears(years)
        .minusSeconds(1)
        .toInstant();
  }
}

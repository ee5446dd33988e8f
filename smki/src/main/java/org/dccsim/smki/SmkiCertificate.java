package org.dccsim.smki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.dccsim.smki.crypto.CryptoException;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;

/**
 * An SMKI certificate, parsed once: every field the simulator looks up (EUI-64, role, key usage,
 * validity) and the decoded public key are computed at construction, so reading them costs nothing
 * on the request path. The decoded {@link PublicKey} is one object for the life of the certificate:
 * {@code SharedSecretCache} relies on that identity.
 *
 * <p>Parsing checks what the simulator depends on (P-256 key, one key-usage bit, where the EUI-64
 * is) and no more; it does not enforce every rule of the profile, so that the public test material,
 * which bends some of them, can be read.
 */
public final class SmkiCertificate {

  private static final ASN1ObjectIdentifier P256 = X9ObjectIdentifiers.prime256v1;
  private static final int KU_DIGITAL_SIGNATURE =
      org.bouncycastle.asn1.x509.KeyUsage.digitalSignature;
  private static final int KU_KEY_AGREEMENT = org.bouncycastle.asn1.x509.KeyUsage.keyAgreement;
  private static final int KU_KEY_CERT_SIGN = org.bouncycastle.asn1.x509.KeyUsage.keyCertSign;

  private final byte[] der;
  private final X509Certificate x509;
  private final BigInteger serial;
  private final X500Principal issuer;
  private final CertificateKind kind;
  private final Optional<Eui64> subjectEui;
  private final Optional<RemotePartyRole> role;
  private final KeyUsage usage;
  private final Instant notBefore;
  private final Instant notAfter;
  private final Optional<String> commonName;
  private final PublicKey publicKey;
  private final int hash;

  private SmkiCertificate(byte[] der) {
    this.der = der;
    Certificate asn1 = parseStructure(der);
    this.serial = asn1.getSerialNumber().getValue();
    this.x509 = toX509(der, serial);
    this.issuer = x509.getIssuerX500Principal();
    this.notBefore = x509.getNotBefore().toInstant();
    this.notAfter = x509.getNotAfter().toInstant();
    this.publicKey = decodeP256Key(asn1.getSubjectPublicKeyInfo());

    Extensions extensions = asn1.getTBSCertificate().getExtensions();
    if (extensions == null) {
      throw fail("has no extensions (not an X.509 v3 certificate)");
    }
    int keyUsageBits = keyUsageBits(extensions);
    boolean authority = isAuthority(extensions, keyUsageBits);
    Subject subject = readSubject(asn1.getSubject());
    this.commonName = Optional.ofNullable(subject.commonName);
    Optional<Eui64> deviceEui = authority ? Optional.empty() : hardwareModuleSerial(extensions);

    if (authority) {
      this.kind = CertificateKind.CERTIFICATE_AUTHORITY;
      this.usage = KeyUsage.DIGITAL_SIGNATURE;
      this.subjectEui = Optional.ofNullable(subject.eui);
      this.role = subject.ou == null ? Optional.empty() : roleOf(subject.ou, false);
    } else {
      this.usage = endEntityUsage(keyUsageBits);
      if (deviceEui.isPresent()) {
        this.kind = CertificateKind.DEVICE;
        this.subjectEui = deviceEui;
        this.role = Optional.empty();
      } else if (subject.eui != null) {
        this.kind = CertificateKind.ORGANISATION;
        this.subjectEui = Optional.of(subject.eui);
        if (subject.ou == null) {
          throw fail("subject has no organizationalUnitName (the remote party role)");
        }
        this.role = roleOf(subject.ou, true);
      } else {
        throw fail(
            "is neither an organisation certificate (no subject x500UniqueIdentifier) nor a device"
                + " certificate (no SAN hardwareModuleName) nor a CA certificate");
      }
    }
    this.hash = Arrays.hashCode(der);
  }

  /**
   * Parses one certificate from DER, or from PEM text holding exactly one CERTIFICATE block.
   *
   * @throws SmkiException naming the field at fault when the input is not an SMKI certificate
   */
  public static SmkiCertificate parse(byte[] pemOrDer) {
    if (pemOrDer == null || pemOrDer.length == 0) {
      throw new SmkiException("certificate: no bytes");
    }
    if (PemCodec.isPem(pemOrDer)) {
      return fromDer(PemCodec.decodeSingle(pemOrDer, PemCodec.CERTIFICATE));
    }
    return fromDer(pemOrDer);
  }

  /** Parses one DER-encoded certificate; the array is copied. */
  public static SmkiCertificate fromDer(byte[] der) {
    if (der == null || der.length == 0) {
      throw new SmkiException("certificate: no bytes");
    }
    return new SmkiCertificate(der.clone());
  }

  /** The JCA view, for APIs that need one (path validation, TLS). */
  public X509Certificate x509() {
    return x509;
  }

  /** The DER encoding; a copy, as arrays are mutable. */
  public byte[] der() {
    return der.clone();
  }

  /** The DER length, without copying. */
  public int derLength() {
    return der.length;
  }

  public BigInteger serial() {
    return serial;
  }

  /** The serial as upper-case hex of 16 bytes (32 digits), as DUIS CertificateSerial carries it. */
  public String serialHex() {
    String hex = serial.toString(16).toUpperCase(java.util.Locale.ROOT);
    return hex.length() >= 32 ? hex : "0".repeat(32 - hex.length()) + hex;
  }

  public X500Principal issuer() {
    return issuer;
  }

  /**
   * The EUI-64 of the certificate's subject: from the subject x500UniqueIdentifier (organisation,
   * and CA when present) or from the SAN hardwareModuleName's hwSerialNum (device). Always present
   * for organisation and device certificates.
   */
  public Optional<Eui64> subjectEui() {
    return subjectEui;
  }

  public CertificateKind kind() {
    return kind;
  }

  /**
   * The remote party role from the subject OU: always present for organisation certificates, empty
   * for device certificates, and present for a CA certificate whose OU names a role (root 00,
   * issuing authority 07).
   */
  public Optional<RemotePartyRole> role() {
    return role;
  }

  /**
   * The key's usage. For a CA certificate (keyCertSign) this is {@link KeyUsage#DIGITAL_SIGNATURE}:
   * its key signs, and never agrees keys.
   */
  public KeyUsage usage() {
    return usage;
  }

  public Instant notBefore() {
    return notBefore;
  }

  public Instant notAfter() {
    return notAfter;
  }

  /** The subject CN (the free-form organisation name), when there is one. */
  public Optional<String> commonName() {
    return commonName;
  }

  /** The P-256 public key, decoded once through BouncyCastle; always the same object. */
  public PublicKey publicKey() {
    return publicKey;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmkiCertificate c && c.hash == hash && Arrays.equals(c.der, der);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("SmkiCertificate[").append(kind);
    subjectEui.ifPresent(e -> b.append(' ').append(e));
    role.ifPresent(r -> b.append(' ').append(r));
    return b.append(' ')
        .append(usage.abbreviation())
        .append(" serial ")
        .append(serialHex())
        .append(" issuer ")
        .append(issuer.getName())
        .append(']')
        .toString();
  }

  // ---------------------------------------------------------------------------------------------

  private static Certificate parseStructure(byte[] der) {
    ASN1Primitive primitive;
    try {
      // fromByteArray rejects truncated input and trailing bytes
      primitive = ASN1Primitive.fromByteArray(der);
    } catch (IOException | RuntimeException e) {
      throw new SmkiException(
          "certificate: not DER (" + der.length + " bytes): " + SmkiException.causeMessage(e), e);
    }
    try {
      Certificate certificate = Certificate.getInstance(primitive);
      if (certificate == null) {
        throw new IllegalArgumentException("no content");
      }
      return certificate;
    } catch (RuntimeException e) {
      throw new SmkiException(
          "certificate: DER is not an X.509 Certificate: " + SmkiException.causeMessage(e), e);
    }
  }

  private static X509Certificate toX509(byte[] der, BigInteger serial) {
    try {
      CertificateFactory factory =
          CertificateFactory.getInstance("X.509", CryptoProvider.bouncyCastle());
      X509Certificate cert =
          (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
      if (cert == null) {
        throw new SmkiException(
            "certificate " + serial.toString(16) + ": rejected by the X.509 parser");
      }
      return cert;
    } catch (CertificateException | RuntimeException e) {
      if (e instanceof SmkiException s) {
        throw s;
      }
      throw new SmkiException(
          "certificate "
              + serial.toString(16)
              + ": rejected by the X.509 parser: "
              + SmkiException.causeMessage(e),
          e);
    }
  }

  private PublicKey decodeP256Key(SubjectPublicKeyInfo spki) {
    AlgorithmIdentifier alg = spki.getAlgorithm();
    if (!X9ObjectIdentifiers.id_ecPublicKey.equals(alg.getAlgorithm())) {
      throw fail(
          "subjectPublicKeyInfo: algorithm "
              + alg.getAlgorithm().getId()
              + " is not id-ecPublicKey (SMKI keys are EC P-256)");
    }
    ASN1Encodable params = alg.getParameters();
    if (!P256.equals(params)) {
      throw fail(
          "subjectPublicKeyInfo: EC parameters " + params + " are not the named curve prime256v1");
    }
    try {
      return EcKeys.publicKeyFromSpki(spki.getEncoded());
    } catch (CryptoException | IOException e) {
      throw new SmkiException(
          prefix()
              + "subjectPublicKeyInfo: not a valid P-256 point: "
              + SmkiException.causeMessage(e),
          e);
    }
  }

  private int keyUsageBits(Extensions extensions) {
    Extension ext = extensions.getExtension(Extension.keyUsage);
    if (ext == null) {
      throw fail("has no keyUsage extension");
    }
    try {
      ASN1BitString bits = ASN1BitString.getInstance(ext.getParsedValue());
      return bits.intValue();
    } catch (RuntimeException e) {
      throw new SmkiException(prefix() + "keyUsage: not a BIT STRING", e);
    }
  }

  private boolean isAuthority(Extensions extensions, int keyUsageBits) {
    if ((keyUsageBits & KU_KEY_CERT_SIGN) != 0) {
      return true;
    }
    Extension ext = extensions.getExtension(Extension.basicConstraints);
    if (ext == null) {
      return false;
    }
    try {
      return BasicConstraints.getInstance(ext.getParsedValue()).isCA();
    } catch (RuntimeException e) {
      throw new SmkiException(prefix() + "basicConstraints: malformed", e);
    }
  }

  private KeyUsage endEntityUsage(int bits) {
    if (bits == KU_DIGITAL_SIGNATURE) {
      return KeyUsage.DIGITAL_SIGNATURE;
    }
    if (bits == KU_KEY_AGREEMENT) {
      return KeyUsage.KEY_AGREEMENT;
    }
    throw fail(
        "keyUsage: bits 0x"
            + Integer.toHexString(bits)
            + " (an SMKI end-entity certificate has exactly one: digitalSignature or"
            + " keyAgreement)");
  }

  /** The EUI-64 in the SAN's hardwareModuleName otherName, or empty when there is none. */
  private Optional<Eui64> hardwareModuleSerial(Extensions extensions) {
    Extension ext = extensions.getExtension(Extension.subjectAlternativeName);
    if (ext == null) {
      return Optional.empty();
    }
    GeneralName[] names;
    try {
      names = GeneralNames.getInstance(ext.getParsedValue()).getNames();
    } catch (RuntimeException e) {
      throw new SmkiException(prefix() + "subjectAltName: malformed GeneralNames", e);
    }
    for (GeneralName name : names) {
      if (name.getTagNo() != GeneralName.otherName) {
        continue;
      }
      try {
        OtherName other = OtherName.getInstance(name.getName());
        if (!SmkiProfile.HARDWARE_MODULE_NAME.equals(other.getTypeID())) {
          continue;
        }
        ASN1Encodable value = other.getValue();
        if (value instanceof ASN1TaggedObject tagged) {
          value = tagged.getExplicitBaseObject();
        }
        ASN1Sequence hwModuleName = ASN1Sequence.getInstance(value);
        byte[] hwSerial = ASN1OctetString.getInstance(hwModuleName.getObjectAt(1)).getOctets();
        if (hwSerial.length != 8) {
          throw fail(
              "subjectAltName hardwareModuleName: hwSerialNum is "
                  + hwSerial.length
                  + " bytes, an EUI-64 is 8");
        }
        return Optional.of(Eui64.fromBytes(hwSerial));
      } catch (SmkiException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new SmkiException(
            prefix()
                + "subjectAltName hardwareModuleName: malformed: "
                + SmkiException.causeMessage(e),
            e);
      }
    }
    return Optional.empty();
  }

  private static final class Subject {
    String commonName;
    String ou;
    Eui64 eui;
  }

  private Subject readSubject(X500Name name) {
    Subject s = new Subject();
    for (RDN rdn : name.getRDNs()) {
      for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
        ASN1ObjectIdentifier type = atv.getType();
        if (BCStyle.CN.equals(type)) {
          s.commonName = text(atv, "CN");
        } else if (BCStyle.OU.equals(type)) {
          s.ou = text(atv, "organizationalUnitName");
        } else if (SmkiProfile.X500_UNIQUE_IDENTIFIER.equals(type)) {
          s.eui = uniqueIdentifierEui(atv.getValue());
        }
      }
    }
    return s;
  }

  private String text(AttributeTypeAndValue atv, String field) {
    if (atv.getValue() instanceof ASN1String str) {
      return str.getString();
    }
    throw fail("subject " + field + ": not a string");
  }

  private Eui64 uniqueIdentifierEui(ASN1Encodable value) {
    ASN1BitString bits;
    try {
      bits = ASN1BitString.getInstance(value);
    } catch (RuntimeException e) {
      throw new SmkiException(prefix() + "subject x500UniqueIdentifier: not a BIT STRING", e);
    }
    if (bits.getPadBits() != 0 || bits.getOctets().length != 8) {
      throw fail(
          "subject x500UniqueIdentifier: "
              + bits.getOctets().length
              + " bytes with "
              + bits.getPadBits()
              + " pad bits, an EUI-64 is 8 whole bytes");
    }
    return Eui64.fromBytes(bits.getOctets());
  }

  /**
   * The role named by an OU: two hex digits ("02", "7F", "89"). DCC Boxed's "pre-1.4.1" DSP
   * XML-signing certificate writes 137 in decimal; an OU of three decimal digits is read that way.
   */
  private Optional<RemotePartyRole> roleOf(String ou, boolean required) {
    int code = -1;
    if (ou.length() == 2) {
      int hi = Character.digit(ou.charAt(0), 16);
      int lo = Character.digit(ou.charAt(1), 16);
      if (hi >= 0 && lo >= 0) {
        code = hi << 4 | lo;
      }
    } else if (ou.length() == 3 && isDecimal(ou)) {
      code = Integer.parseInt(ou);
    }
    Optional<RemotePartyRole> r = RemotePartyRole.fromCode(code);
    if (r.isEmpty() && required) {
      throw fail("subject organizationalUnitName '" + ou + "' is not a remote party role code");
    }
    return r;
  }

  private static boolean isDecimal(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private String prefix() {
    return "certificate " + serial.toString(16) + ": ";
  }

  private SmkiException fail(String what) {
    return new SmkiException(prefix() + what);
  }
}

package org.dccsim.device.common;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.EncodedCertificationRequest;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiProfile;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;

/**
 * A device's own credentials: the certification request for a key pair it generates (CS02c), the
 * checks on the certificate it is then given (CS02d) and the certificate it holds (CS02e). Also the
 * public API to read a device's key generation and certificate, and to pin a certificate.
 */
public final class OwnCertificates {

  private OwnCertificates() {}

  /** The generation of the key pair a device uses for {@code usage}: 0 for the keyring's. */
  public static int keyGeneration(EmulatedDevice device, KeyUsage usage) {
    synchronized (device) {
      CommonState c = device.commonIfPresent();
      return c == null || c.credentials == null ? 0 : c.credentials.active(usage);
    }
  }

  /** The generation a CS02c generated and a CS02d has not yet installed; 0 when none. */
  public static int pendingGeneration(EmulatedDevice device, KeyUsage usage) {
    synchronized (device) {
      CommonState c = device.commonIfPresent();
      return c == null || c.credentials == null ? 0 : c.credentials.pending(usage);
    }
  }

  /** The public key of the device's key pair for {@code usage} now in use. */
  public static PublicKey publicKey(EmulatedDevice device, KeyUsage usage, DeviceServices services) {
    return EcKeys.publicKey(scalarOf(device.ownPrivateKey(usage, services)));
  }

  /**
   * The certificate the device holds for {@code usage}: the one installed (or pinned), else, while it
   * uses the keyring's key pair, the keyring's certificate.
   */
  public static Optional<EncodedCertificate> certificate(EmulatedDevice device, KeyUsage usage,
      DeviceServices services) {
    byte[] installed;
    int generation;
    synchronized (device) {
      CommonState c = device.commonIfPresent();
      installed = c == null || c.credentials == null ? null : c.credentials.certificate(usage);
      generation = c == null || c.credentials == null ? 0 : c.credentials.active(usage);
    }
    if (installed != null) {
      return Optional.of(EncodedCertificate.of(installed));
    }
    if (generation != 0) {
      return Optional.empty();
    }
    return services.keyring().certificate(device.id(), usage).map(SmkiCertificate::der).map(EncodedCertificate::of);
  }

  /** Pins the certificate a device reports for {@code usage} (its key pair unchanged). */
  public static void pinCertificate(EmulatedDevice device, KeyUsage usage, EncodedCertificate certificate) {
    synchronized (device) {
      device.common().credentials().setCertificate(usage, certificate.der().toByteArray());
    }
  }

  /** A PKCS #10 request for a key pair: empty subject, the SMKI device extensions, signed by the key. */
  static EncodedCertificationRequest request(Eui64 device, KeyUsage usage, java.security.PrivateKey privateKey) {
    PublicKey publicKey = EcKeys.publicKey(scalarOf(privateKey));
    try {
      ExtensionsGenerator extensions = new ExtensionsGenerator();
      extensions.addExtension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(
          usage == KeyUsage.DIGITAL_SIGNATURE ? org.bouncycastle.asn1.x509.KeyUsage.digitalSignature
              : org.bouncycastle.asn1.x509.KeyUsage.keyAgreement));
      extensions.addExtension(Extension.subjectAlternativeName, true, hardwareModuleName(device));
      ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA")
          .setProvider(CryptoProvider.bouncyCastle()).build(privateKey);
      byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Name(new RDN[0]), publicKey)
          .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
          .build(signer).getEncoded();
      return EncodedCertificationRequest.of(der);
    } catch (IOException | OperatorCreationException e) {
      throw new IllegalStateException("building a certification request: " + e.getMessage(), e);
    }
  }

  /** The SAN of an SMKI device certificate: one otherName hardwareModuleName {hwType, hwSerialNum}. */
  private static GeneralNames hardwareModuleName(Eui64 device) {
    ASN1EncodableVector name = new ASN1EncodableVector(2);
    name.add(SmkiProfile.DEVICE_HW_TYPE);
    name.add(new DEROctetString(device.toBytes()));
    return new GeneralNames(new GeneralName(GeneralName.otherName,
        new OtherName(SmkiProfile.HARDWARE_MODULE_NAME, new DERSequence(name))));
  }

  /** What a certificate offered to a device (CS02d) says about itself, read leniently. */
  record Offered(Optional<Eui64> device, Optional<KeyUsage> usage, PublicKey publicKey) {

    /** @return empty when the bytes are no certificate with a P-256 key */
    static Optional<Offered> read(EncodedCertificate certificate) {
      try {
        Certificate c = Certificate.getInstance(certificate.der().toByteArray());
        Extensions extensions = c.getTBSCertificate().getExtensions();
        PublicKey key = EcKeys.publicKeyFromSpki(c.getSubjectPublicKeyInfo().getEncoded());
        return Optional.of(new Offered(hardwareSerial(extensions), soleUsage(extensions), key));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }

    private static Optional<KeyUsage> soleUsage(Extensions extensions) {
      org.bouncycastle.asn1.x509.KeyUsage ku =
          extensions == null ? null : org.bouncycastle.asn1.x509.KeyUsage.fromExtensions(extensions);
      if (ku == null) {
        return Optional.empty();
      }
      int bits = ku.getBytes()[0] & 0xFF;
      for (int i = 1; i < ku.getBytes().length; i++) {
        if (ku.getBytes()[i] != 0) {
          return Optional.empty();
        }
      }
      if (bits == org.bouncycastle.asn1.x509.KeyUsage.digitalSignature) {
        return Optional.of(KeyUsage.DIGITAL_SIGNATURE);
      }
      if (bits == org.bouncycastle.asn1.x509.KeyUsage.keyAgreement) {
        return Optional.of(KeyUsage.KEY_AGREEMENT);
      }
      return Optional.empty();
    }

    private static Optional<Eui64> hardwareSerial(Extensions extensions) {
      GeneralNames names = extensions == null ? null
          : GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
      if (names == null) {
        return Optional.empty();
      }
      for (GeneralName n : names.getNames()) {
        if (n.getTagNo() != GeneralName.otherName) {
          continue;
        }
        OtherName other = OtherName.getInstance(n.getName());
        if (!SmkiProfile.HARDWARE_MODULE_NAME.equals(other.getTypeID())) {
          continue;
        }
        ASN1Encodable value = other.getValue();
        ASN1Sequence hw = ASN1Sequence.getInstance(value);
        byte[] serial = ASN1OctetString.getInstance(hw.getObjectAt(1)).getOctets();
        if (serial.length == 8) {
          return Optional.of(Eui64.fromBytes(serial));
        }
      }
      return Optional.empty();
    }
  }

  static boolean sameKey(PublicKey a, PublicKey b) {
    return a instanceof ECPublicKey x && b instanceof ECPublicKey y && x.getW().equals(y.getW());
  }

  private static BigInteger scalarOf(java.security.PrivateKey key) {
    return ((java.security.interfaces.ECPrivateKey) key).getS();
  }
}

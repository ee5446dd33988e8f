package org.dccsim.device.common;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.gbcs.asn1.TrustAnchorStatus;
import org.dccsim.smki.CertificateKind;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiException;
import org.dccsim.smki.crypto.CryptoProvider;

/**
 * The checks a device makes on a certificate before placing it in a trust anchor cell (CS02b,
 * CS02g): an SMKI certificate whose key usage is the cell's; and, when the device holds a Root
 * anchor, a certification path to it, the replacing certificate signed by a certificate of the
 * command's path (or by the Root itself) which the Root signed, each valid at the device's time
 * unless the command disapplies time-based checks. A device without a Root anchor (the RTDS bench:
 * the RTDS publishes no SMKI root) checks the certificate alone.
 */
final class CertificationPathValidation {

  private CertificationPathValidation() {}

  /** The status, and the certificate read when it may be placed (null otherwise). */
  record Outcome(TrustAnchorStatus status, SmkiCertificate certificate) {}

  static Outcome check(EmulatedDevice device, EncodedCertificate replacing, TrustAnchorCellIdentifier cell,
      List<EncodedCertificate> path, boolean timeChecks, Instant now) {
    SmkiCertificate certificate;
    try {
      certificate = replacing.toSmki();
    } catch (SmkiException e) {
      return new Outcome(TrustAnchorStatus.BAD_CERTIFICATE, null);
    }
    if (!usageFits(certificate, cell)) {
      return new Outcome(TrustAnchorStatus.BAD_CERTIFICATE, null);
    }
    Optional<PublicKey> root = device.anchors().forRole(RemotePartyRole.ROOT).map(TrustAnchor::signingKey);
    if (root.isEmpty()) {
      return new Outcome(TrustAnchorStatus.SUCCESS, certificate);
    }
    if (timeChecks && !validAt(certificate, now)) {
      return new Outcome(TrustAnchorStatus.BAD_CERTIFICATE, null);
    }
    if (cell.keyUsage() == CertificateKeyUsage.KEY_CERT_SIGN) {
      // a new root is self-signed; the contingency mode that alone may place it vouches for it
      return signedBy(certificate, certificate.publicKey())
          ? new Outcome(TrustAnchorStatus.SUCCESS, certificate)
          : new Outcome(TrustAnchorStatus.BAD_CERTIFICATE, null);
    }
    if (signedBy(certificate, root.get())) {
      return new Outcome(TrustAnchorStatus.SUCCESS, certificate);
    }
    for (EncodedCertificate c : path) {
      SmkiCertificate ca;
      try {
        ca = c.toSmki();
      } catch (SmkiException e) {
        continue;
      }
      if (ca.kind() == CertificateKind.CERTIFICATE_AUTHORITY && signedBy(certificate, ca.publicKey())
          && signedBy(ca, root.get()) && (!timeChecks || validAt(ca, now))) {
        return new Outcome(TrustAnchorStatus.SUCCESS, certificate);
      }
    }
    return new Outcome(TrustAnchorStatus.BAD_CERTIFICATE, null);
  }

  private static boolean usageFits(SmkiCertificate certificate, TrustAnchorCellIdentifier cell) {
    if (cell.keyUsage() == CertificateKeyUsage.KEY_CERT_SIGN) {
      return certificate.kind() == CertificateKind.CERTIFICATE_AUTHORITY;
    }
    return certificate.kind() == CertificateKind.ORGANISATION
        && cell.keyUsage().smkiUsage().orElseThrow() == certificate.usage();
  }

  private static boolean validAt(SmkiCertificate certificate, Instant now) {
    return !now.isBefore(certificate.notBefore()) && !now.isAfter(certificate.notAfter());
  }

  private static boolean signedBy(SmkiCertificate certificate, PublicKey issuer) {
    try {
      certificate.x509().verify(issuer, CryptoProvider.bouncyCastle());
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}

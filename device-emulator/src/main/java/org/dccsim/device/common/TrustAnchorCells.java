package org.dccsim.device.common;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.TrustAnchor;
import org.dccsim.gbcs.asn1.CellUsage;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails.TrustAnchorCellContents;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * A {@link TrustAnchor} seen as the GBCS trust anchor cells it stands for: the role's digital
 * signature cell (keyCertSign for the Root), its key agreement cell, and the supplier's prepayment
 * top-up key agreement cell. One subject per role: replacing a cell with a certificate of another
 * subject moves the role to that subject.
 */
final class TrustAnchorCells {

  /** The subject of the Root cell (the root certificate names no EUI-64), and of an empty cell. */
  static final Eui64 NO_SUBJECT = new Eui64(0);

  private TrustAnchorCells() {}

  /** The usage a role's signing cell has: keyCertSign for the Root, digitalSignature otherwise. */
  static CertificateKeyUsage signingUsage(RemotePartyRole role) {
    return role == RemotePartyRole.ROOT ? CertificateKeyUsage.KEY_CERT_SIGN : CertificateKeyUsage.DIGITAL_SIGNATURE;
  }

  /** Whether GBCS has such a cell at all. */
  static boolean exists(TrustAnchorCellIdentifier cell) {
    RemotePartyRole role = cell.role();
    if (cell.cellUsage() == CellUsage.PREPAYMENT_TOP_UP) {
      return role == RemotePartyRole.SUPPLIER && cell.keyUsage() == CertificateKeyUsage.KEY_AGREEMENT;
    }
    if (role == RemotePartyRole.ROOT) {
      return cell.keyUsage() == CertificateKeyUsage.KEY_CERT_SIGN;
    }
    return cell.keyUsage() != CertificateKeyUsage.KEY_CERT_SIGN;
  }

  /** The key in a cell; null when the cell is empty. */
  static PublicKey key(TrustAnchor anchor, TrustAnchorCellIdentifier cell) {
    if (anchor == null) {
      return null;
    }
    if (cell.cellUsage() == CellUsage.PREPAYMENT_TOP_UP) {
      return anchor.prepaymentKey();
    }
    return cell.keyUsage() == CertificateKeyUsage.KEY_AGREEMENT ? anchor.keyAgreementKey() : anchor.signingKey();
  }

  /** The anchor with one cell holding {@code key} of {@code subject}. */
  static TrustAnchor replaced(TrustAnchor anchor, TrustAnchorCellIdentifier cell, Eui64 subject, PublicKey key) {
    PublicKey ds = anchor == null ? null : anchor.signingKey();
    PublicKey ka = anchor == null ? null : anchor.keyAgreementKey();
    PublicKey pp = anchor == null ? null : anchor.prepaymentKey();
    if (cell.cellUsage() == CellUsage.PREPAYMENT_TOP_UP) {
      pp = key;
    } else if (cell.keyUsage() == CertificateKeyUsage.KEY_AGREEMENT) {
      ka = key;
    } else {
      ds = key;
    }
    return new TrustAnchor(cell.role(), subject, ds, ka, pp);
  }

  /** The cells an anchor fills, in GBCS order: signing, key agreement, prepayment top-up. */
  static List<TrustAnchorCellContents> contents(TrustAnchor anchor) {
    List<TrustAnchorCellContents> cells = new ArrayList<>(3);
    if (anchor.signingKey() != null) {
      cells.add(new TrustAnchorCellContents(signingUsage(anchor.role()), CellUsage.MANAGEMENT, anchor.party(),
          KeyIdentifiers.of(anchor.signingKey())));
    }
    if (anchor.keyAgreementKey() != null) {
      cells.add(new TrustAnchorCellContents(CertificateKeyUsage.KEY_AGREEMENT, CellUsage.MANAGEMENT, anchor.party(),
          KeyIdentifiers.of(anchor.keyAgreementKey())));
    }
    if (anchor.prepaymentKey() != null) {
      cells.add(new TrustAnchorCellContents(CertificateKeyUsage.KEY_AGREEMENT, CellUsage.PREPAYMENT_TOP_UP,
          anchor.party(), KeyIdentifiers.of(anchor.prepaymentKey())));
    }
    return cells;
  }
}

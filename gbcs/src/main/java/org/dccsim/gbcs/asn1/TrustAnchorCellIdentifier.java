package org.dccsim.gbcs.asn1;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.RemotePartyRole;

/**
 * Which trust anchor cell of a device a credentials command addresses: remote party role, key
 * usage and cell usage (GBCS TrustAnchorCellIdentifier).
 */
public record TrustAnchorCellIdentifier(
    RemotePartyRole role, CertificateKeyUsage keyUsage, CellUsage cellUsage) {

  public TrustAnchorCellIdentifier {
    Objects.requireNonNull(role);
    Objects.requireNonNull(keyUsage);
    Objects.requireNonNull(cellUsage);
    RemotePartyRoles.requireGbcs(role);
  }

  public static TrustAnchorCellIdentifier management(RemotePartyRole role, CertificateKeyUsage usage) {
    return new TrustAnchorCellIdentifier(role, usage, CellUsage.MANAGEMENT);
  }

  static TrustAnchorCellIdentifier read(DerElement e) throws GbcsCodecException {
    return read(e.sequence());
  }

  /** The components, from a SEQUENCE or from a [n] IMPLICIT one. */
  static TrustAnchorCellIdentifier read(DerSequence s) throws GbcsCodecException {
    RemotePartyRole role = RemotePartyRoles.read(s.next("remotePartyRole"));
    CertificateKeyUsage usage = s.next("keyUsage").keyUsage();
    CellUsage cell = readCellUsage(s);
    s.end();
    return new TrustAnchorCellIdentifier(role, usage, cell);
  }

  /** CellUsage DEFAULT management: absent means management; DER forbids writing the default. */
  static CellUsage readCellUsage(DerSequence s) throws GbcsCodecException {
    var present = s.optional("cellUsage", DerElement::isInteger);
    if (present.isEmpty()) {
      return CellUsage.MANAGEMENT;
    }
    CellUsage cell = present.get().integerCode(CellUsage.values(), 0, "cell usage");
    if (cell == CellUsage.MANAGEMENT) {
      throw present.get().error("the DEFAULT management left out, as DER requires");
    }
    return cell;
  }

  static void writeCellUsage(ASN1EncodableVector v, CellUsage cell) {
    if (cell != CellUsage.MANAGEMENT) {
      v.add(Der.integer(cell.code()));
    }
  }

  ASN1EncodableVector components() {
    ASN1EncodableVector v = new ASN1EncodableVector(3);
    v.add(Der.integer(role.code()));
    v.add(Der.keyUsage(keyUsage));
    writeCellUsage(v, cellUsage);
    return v;
  }

  ASN1Primitive toAsn1() {
    return Der.sequence(components());
  }
}

package org.dccsim.device;

import java.security.PublicKey;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * A remote party a device trusts in one role: its EUI-64 and the public keys of its DS and KA
 * certificates (either may be absent: the ACB's DS key is not needed to check MACs, a
 * recovery party has no KA), and for the supplier the KA key of its prepayment top-up cell (UTRNs).
 * The Root anchor is the role ROOT whose signing key is the SMKI root's (keyCertSign). A HAN partner
 * (see {@link #hanPartner}) has no role.
 */
public record TrustAnchor(
    RemotePartyRole role, Eui64 party, PublicKey signingKey, PublicKey keyAgreementKey, PublicKey prepaymentKey) {

  /** An anchor without a prepayment top-up cell. */
  public TrustAnchor(RemotePartyRole role, Eui64 party, PublicKey signingKey, PublicKey keyAgreementKey) {
    this(role, party, signingKey, keyAgreementKey, null);
  }

  /**
   * A device joined on the HAN as the party of a HAN-only command (a PPMID's top-up to a GSME): it
   * holds no remote party role (null), only the key agreement key its join gave.
   */
  public static TrustAnchor hanPartner(Eui64 device, PublicKey keyAgreementKey) {
    return new TrustAnchor(null, device, null, keyAgreementKey, null);
  }

  /** Whether this is a {@link #hanPartner HAN partner} rather than a remote party. */
  public boolean isHanPartner() {
    return role == null;
  }
}

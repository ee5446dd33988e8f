package org.dccsim.device;

import java.security.PublicKey;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * A remote party a device trusts in one role: its EUI-64 and the public keys of its DS and KA
 * certificates (either may be absent: the ACB's DS key is not needed to check MACs, a
 * recovery party has no KA), and for the supplier the KA key of its prepayment top-up cell (UTRNs).
 * The Root anchor is the role ROOT whose signing key is the SMKI root's (keyCertSign).
 */
public record TrustAnchor(
    RemotePartyRole role, Eui64 party, PublicKey signingKey, PublicKey keyAgreementKey, PublicKey prepaymentKey) {

  /** An anchor without a prepayment top-up cell. */
  public TrustAnchor(RemotePartyRole role, Eui64 party, PublicKey signingKey, PublicKey keyAgreementKey) {
    this(role, party, signingKey, keyAgreementKey, null);
  }
}

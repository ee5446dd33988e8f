package org.dccsim.device;

import java.security.PublicKey;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * A remote party a device trusts in one role: its EUI-64 and the public keys of its DS and KA
 * certificates (either may be absent: the ACB's DS key is not needed to check MACs, a
 * recovery party has no KA).
 */
public record TrustAnchor(RemotePartyRole role, Eui64 party, PublicKey signingKey, PublicKey keyAgreementKey) {}

package org.dccsim.dcc.xmldsig;

import java.security.PublicKey;
import org.dccsim.smki.Eui64;

/**
 * Who made a signature, as the cited certificate says.
 *
 * @param subject the organisation's EUI-64 (the certificate's x500UniqueIdentifier)
 * @param remotePartyRole the SMKI role code of the certificate, e.g. 0x87 XmlSign, 0x89
 *     DspXmlSign
 * @param publicKey the P-256 key that verifies the signature
 */
public record Signer(Eui64 subject, int remotePartyRole, PublicKey publicKey) {}

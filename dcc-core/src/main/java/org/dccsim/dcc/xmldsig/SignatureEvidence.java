package org.dccsim.dcc.xmldsig;

/**
 * What one pass over a document gathered for XMLDSig: the enveloped signature as found, the SHA-256
 * digest of the document without it (Canonical XML 1.0, as XMLDSig converts the reference's
 * node-set), and the exclusive canonical bytes of its ds:SignedInfo (what the signature signs).
 *
 * @param signature null when the document has no ds:Signature under its root
 * @param canonicalSignedInfo null when there is no signature or no ds:SignedInfo
 */
public record SignatureEvidence(
    XmlSignature signature, byte[] documentDigest, byte[] canonicalSignedInfo) {

  public boolean isSigned() {
    return signature != null;
  }
}

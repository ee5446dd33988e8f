package org.dccsim.dcc.xmldsig;

import java.util.Objects;

/**
 * The verdict on one document's signature. The caller maps a failed outcome to its DUIS response
 * code and still has to check that the signer is the one expected (for a request: the XmlSign
 * certificate of the RequestID's originator).
 *
 * @param signer who signed; set only when {@link #isValid()}
 * @param detail what was found, for logs and error text; "" when valid
 */
public record XmlSignatureCheck(Outcome outcome, Signer signer, String detail) {

  public enum Outcome {
    VALID,
    /** The document has no ds:Signature. */
    UNSIGNED,
    /** The ds:Signature is incomplete or has values that do not parse. */
    MALFORMED,
    /** Well formed, but outside the DUIS profile (extra parts, wrong position, not URI=""). */
    PROFILE_VIOLATION,
    /** An algorithm or transform other than the profile's. */
    UNSUPPORTED_ALGORITHM,
    /** The cited issuer and serial resolve to no known certificate. */
    UNKNOWN_SIGNER,
    /** The document was changed after signing. */
    DIGEST_MISMATCH,
    /** The signature value does not verify over ds:SignedInfo with the signer's key. */
    BAD_SIGNATURE
  }

  public XmlSignatureCheck {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    if ((outcome == Outcome.VALID) != (signer != null)) {
      throw new IllegalArgumentException("a signer is named exactly when the signature is valid");
    }
  }

  public static XmlSignatureCheck valid(Signer signer) {
    return new XmlSignatureCheck(Outcome.VALID, signer, "");
  }

  public static XmlSignatureCheck failed(Outcome outcome, String detail) {
    return new XmlSignatureCheck(outcome, null, detail);
  }

  public boolean isValid() {
    return outcome == Outcome.VALID;
  }

  @Override
  public String toString() {
    return isValid() ? "VALID by " + signer.subject() : outcome + ": " + detail;
  }
}

package org.dccsim.dcc.xmldsig;

import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.BAD_SIGNATURE;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.DIGEST_MISMATCH;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.MALFORMED;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.PROFILE_VIOLATION;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.UNKNOWN_SIGNER;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.UNSIGNED;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.UNSUPPORTED_ALGORITHM;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.dccsim.smki.crypto.EcdsaP256;

/**
 * Checks an enveloped signature against the DUIS profile, exactly: one ds:Reference with URI="",
 * the enveloped-signature transform alone, exclusive c14n, ECDSA-SHA256 over P-256 with a 64-byte
 * r||s value, a SHA-256 digest, KeyInfo citing issuer and serial, and the signature as the last
 * child of the root. Thread-safe when the resolver is.
 */
public final class XmlSignatureVerifier {

  private static final List<String> PROFILE_TRANSFORMS = List.of(XmlDsig.ENVELOPED_SIGNATURE);

  private final SignerResolver signers;
  private final EcdsaP256 ecdsa;

  public XmlSignatureVerifier(SignerResolver signers, EcdsaP256 ecdsa) {
    this.signers = signers;
    this.ecdsa = ecdsa;
  }

  public XmlSignatureCheck verify(SignatureEvidence evidence) {
    XmlSignature s = evidence.signature();
    if (s == null) {
      return XmlSignatureCheck.failed(UNSIGNED, "the document has no ds:Signature");
    }
    if (s.malformation() != null) {
      return XmlSignatureCheck.failed(MALFORMED, s.malformation());
    }
    if (s.profileViolation() != null) {
      return XmlSignatureCheck.failed(PROFILE_VIOLATION, s.profileViolation());
    }
    if (s.referenceCount() != 1) {
      return XmlSignatureCheck.failed(
          PROFILE_VIOLATION, s.referenceCount() + " ds:Reference elements; the profile has one");
    }
    if (!"".equals(s.referenceUri())) {
      return XmlSignatureCheck.failed(
          PROFILE_VIOLATION,
          s.referenceUri() == null
              ? "ds:Reference has no URI; the profile signs the whole document (URI=\"\")"
              : "ds:Reference URI=\"" + s.referenceUri() + "\"; the profile has URI=\"\"");
    }
    if (s.citedCertificate() == null) {
      return XmlSignatureCheck.failed(
          PROFILE_VIOLATION, "ds:KeyInfo cites no ds:X509IssuerSerial");
    }
    Optional<XmlSignatureCheck> unsupported = unsupportedAlgorithm(s);
    if (unsupported.isPresent()) {
      return unsupported.get();
    }
    Optional<Signer> signer = signers.resolve(s.citedCertificate());
    if (signer.isEmpty()) {
      return XmlSignatureCheck.failed(
          UNKNOWN_SIGNER, "no certificate " + s.citedCertificate() + " is known");
    }
    if (!MessageDigest.isEqual(s.digestValue(), evidence.documentDigest())) {
      return XmlSignatureCheck.failed(
          DIGEST_MISMATCH, "the document's digest differs from ds:DigestValue");
    }
    if (s.signatureValue().length != EcdsaP256.SIGNATURE_LENGTH) {
      return XmlSignatureCheck.failed(
          BAD_SIGNATURE,
          "ds:SignatureValue is " + s.signatureValue().length
              + " bytes; ECDSA P-256 r||s is 64");
    }
    if (!ecdsa.verify(
        signer.get().publicKey(), evidence.canonicalSignedInfo(), s.signatureValue())) {
      return XmlSignatureCheck.failed(
          BAD_SIGNATURE,
          "ds:SignatureValue does not verify with the key of " + s.citedCertificate());
    }
    return XmlSignatureCheck.valid(signer.get());
  }

  private static Optional<XmlSignatureCheck> unsupportedAlgorithm(XmlSignature s) {
    String problem = null;
    if (!XmlDsig.EXCLUSIVE_C14N.equals(s.canonicalizationMethod())) {
      problem = "CanonicalizationMethod " + s.canonicalizationMethod();
    } else if (!XmlDsig.ECDSA_SHA256.equals(s.signatureMethod())) {
      problem = "SignatureMethod " + s.signatureMethod();
    } else if (!XmlDsig.SHA256.equals(s.digestMethod())) {
      problem = "DigestMethod " + s.digestMethod();
    } else if (!PROFILE_TRANSFORMS.equals(s.transforms())) {
      problem = "Transforms " + s.transforms() + " (the profile has exactly the enveloped-signature"
          + " transform)";
    }
    return problem == null
        ? Optional.empty()
        : Optional.of(XmlSignatureCheck.failed(UNSUPPORTED_ALGORITHM, problem));
  }
}

package org.dccsim.dcc.xmldsig;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Objects;
import org.dccsim.smki.crypto.EcdsaP256;

/**
 * Makes DUIS-profile enveloped signatures over documents written in canonical form (inclusive, or
 * exclusive which is then the same), so that the digest covers exactly the bytes sent: ECDSA-SHA256 (r||s), SHA-256, exc-c14n, the
 * enveloped-signature transform, and KeyInfo citing a configurable issuer and serial (DCC Boxed
 * releases cite different certificates for one key pair). Thread-safe.
 */
public final class XmlSigner {

  private static final String NS = XmlDsig.NAMESPACE;
  private static final String DS = XmlDsig.PREFIX;

  private final EcdsaP256 ecdsa;
  private final PrivateKey key;
  private final X509IssuerSerial citedCertificate;

  public XmlSigner(EcdsaP256 ecdsa, PrivateKey key, X509IssuerSerial citedCertificate) {
    this.ecdsa = Objects.requireNonNull(ecdsa, "ecdsa");
    this.key = Objects.requireNonNull(key, "key");
    this.citedCertificate = Objects.requireNonNull(citedCertificate, "citedCertificate");
  }

  public X509IssuerSerial citedCertificate() {
    return citedCertificate;
  }

  /**
   * Signs the canonical root element in {@code document} [rootStart, size) and inserts the
   * ds:Signature before its end tag, which starts at {@code rootEndTagStart}: the signature becomes
   * the last child of the root.
   */
  public void signEnveloped(CanonicalBuffer document, int rootStart, int rootEndTagStart) {
    if (rootStart > rootEndTagStart || rootEndTagStart > document.size()) {
      throw new IllegalArgumentException(
          "root " + rootStart + ".." + document.size() + ", end tag at " + rootEndTagStart);
    }
    MessageDigest sha256 = XmlDsig.newSha256();
    document.update(sha256, rootStart, document.size());
    document.insert(rootEndTagStart, signatureElement(sha256.digest()));
  }

  /** The canonical ds:Signature element (declaring its own namespace) for a document digest. */
  byte[] signatureElement(byte[] documentDigest) {
    String digestValue = Base64.getEncoder().encodeToString(documentDigest);

    CanonicalBuffer signedInfoBytes = new CanonicalBuffer(640);
    XmlCanonicalizer signedInfo = XmlCanonicalizer.exclusive(signedInfoBytes);
    writeSignedInfo(signedInfo, digestValue);
    signedInfo.flush();
    byte[] signatureValue = ecdsa.sign(key, signedInfoBytes.toByteArray());

    CanonicalBuffer out = new CanonicalBuffer(1280);
    XmlCanonicalizer c = XmlCanonicalizer.exclusive(out);
    c.startElement(DS, "Signature", NS);
    writeSignedInfo(c, digestValue);
    leaf(c, "SignatureValue", Base64.getEncoder().encodeToString(signatureValue));
    c.startElement(DS, "KeyInfo", NS);
    c.startElement(DS, "X509Data", NS);
    c.startElement(DS, "X509IssuerSerial", NS);
    leaf(c, "X509IssuerName", citedCertificate.issuerName());
    leaf(c, "X509SerialNumber", citedCertificate.serialNumber().toString());
    c.endElement();
    c.endElement();
    c.endElement();
    c.endElement();
    c.flush();
    return out.toByteArray();
  }

  /**
   * Written twice per signature: standalone (declaring ds, the bytes signed) and inside
   * ds:Signature (inheriting ds), exactly as a verifier canonicalizes it in either place.
   */
  private static void writeSignedInfo(XmlCanonicalizer c, String digestValue) {
    c.startElement(DS, "SignedInfo", NS);
    c.startElement(DS, "CanonicalizationMethod", NS, "Algorithm", XmlDsig.EXCLUSIVE_C14N);
    c.endElement();
    c.startElement(DS, "SignatureMethod", NS, "Algorithm", XmlDsig.ECDSA_SHA256);
    c.endElement();
    c.startElement(DS, "Reference", NS, "URI", "");
    c.startElement(DS, "Transforms", NS);
    c.startElement(DS, "Transform", NS, "Algorithm", XmlDsig.ENVELOPED_SIGNATURE);
    c.endElement();
    c.endElement();
    c.startElement(DS, "DigestMethod", NS, "Algorithm", XmlDsig.SHA256);
    c.endElement();
    leaf(c, "DigestValue", digestValue);
    c.endElement();
    c.endElement();
  }

  private static void leaf(XmlCanonicalizer c, String localName, String text) {
    c.startElement(DS, localName, NS);
    c.text(text);
    c.endElement();
  }
}

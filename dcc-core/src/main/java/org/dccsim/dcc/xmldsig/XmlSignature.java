package org.dccsim.dcc.xmldsig;

import java.util.List;

/**
 * A ds:Signature as found in a document, before any judgement: {@link XmlSignatureVerifier}
 * decides what is acceptable. Values of a second ds:Reference are not recorded.
 *
 * @param referenceUri the URI attribute of the (first) ds:Reference; null when absent
 * @param citedCertificate KeyInfo/X509Data/X509IssuerSerial; null when absent
 * @param malformation the first structural fault (missing or duplicated element, text that is not
 *     base64 or not a serial number), with its line and column; null when there is none
 * @param profileViolation the first construct outside the DUIS profile (an element the profile
 *     does not have, a signature that is not the last child of the root); null when there is none
 */
public record XmlSignature(
    String canonicalizationMethod,
    String signatureMethod,
    int referenceCount,
    String referenceUri,
    List<String> transforms,
    String digestMethod,
    byte[] digestValue,
    byte[] signatureValue,
    X509IssuerSerial citedCertificate,
    String malformation,
    String profileViolation) {

  public XmlSignature {
    transforms = List.copyOf(transforms);
  }
}

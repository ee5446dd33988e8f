package org.dccsim.dcc.xmldsig;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Namespace and algorithm identifiers of the XMLDSig profile DUIS uses (and nothing else). */
public final class XmlDsig {

  public static final String NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
  public static final String PREFIX = "ds";

  public static final String EXCLUSIVE_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
  public static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
  public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
  public static final String ENVELOPED_SIGNATURE = NAMESPACE + "enveloped-signature";

  private XmlDsig() {}

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

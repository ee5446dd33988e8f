package org.dccsim.dcc.xmldsig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.dccsim.smki.crypto.CryptoProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The JDK's own DOM-based XMLDSig (java.xml.crypto, a fork of Apache Santuario) used as an
 * independent implementation to cross-check ours. Test scope only; never on a hot path.
 */
public final class JdkXmlDsig {

  private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");
  /** The JDK's XMLDSig takes its JCA provider from this context property (SunEC is slow). */
  private static final String SIGNATURE_PROVIDER = "org.jcp.xml.dsig.internal.dom.SignatureProvider";
  private static final DocumentBuilderFactory DOM = documentBuilderFactory();
  private static final TransformerFactory SERIALIZER = TransformerFactory.newDefaultInstance();

  private JdkXmlDsig() {}

  /** Signs in the DUIS profile, replacing any signature under the root. */
  public static byte[] sign(byte[] xml, PrivateKey key, X509IssuerSerial cited) throws Exception {
    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    Element old = rootSignature(doc);
    if (old != null) {
      root.removeChild(old);
    }
    Reference reference =
        FACTORY.newReference(
            "",
            FACTORY.newDigestMethod(DigestMethod.SHA256, null),
            List.of(FACTORY.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
            null,
            null);
    SignedInfo signedInfo =
        FACTORY.newSignedInfo(
            FACTORY.newCanonicalizationMethod(
                CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
            FACTORY.newSignatureMethod(SignatureMethod.ECDSA_SHA256, null),
            List.of(reference));
    KeyInfoFactory kif = FACTORY.getKeyInfoFactory();
    javax.xml.crypto.dsig.keyinfo.X509IssuerSerial issuerSerial =
        kif.newX509IssuerSerial(cited.issuerName(), cited.serialNumber());
    X509Data data = kif.newX509Data(List.of(issuerSerial));
    KeyInfo keyInfo = kif.newKeyInfo(List.of(data));
    DOMSignContext context = new DOMSignContext(key, root);
    context.setDefaultNamespacePrefix("ds");
    context.setProperty(SIGNATURE_PROVIDER, CryptoProvider.bouncyCastle());
    FACTORY.newXMLSignature(signedInfo, keyInfo).sign(context);
    return serialize(doc);
  }

  /** Core validation (reference digests and signature value) with the given key. */
  public static boolean verify(byte[] xml, PublicKey key) throws Exception {
    Document doc = parse(xml);
    Element signature = rootSignature(doc);
    if (signature == null) {
      return false;
    }
    DOMValidateContext context =
        new DOMValidateContext(KeySelector.singletonKeySelector(key), signature);
    context.setProperty(SIGNATURE_PROVIDER, CryptoProvider.bouncyCastle());
    return FACTORY.unmarshalXMLSignature(context).validate(context);
  }

  /** Canonical form (without comments) of a whole document, by a CanonicalizationMethod URI. */
  public static byte[] canonicalize(String algorithm, byte[] xml) throws Exception {
    TransformService c14n = TransformService.getInstance(algorithm, "DOM");
    c14n.init(null);
    OctetStreamData out =
        (OctetStreamData) c14n.transform(new OctetStreamData(new ByteArrayInputStream(xml)), null);
    return out.getOctetStream().readAllBytes();
  }

  static Element rootSignature(Document doc) {
    for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && XmlDsig.NAMESPACE.equals(e.getNamespaceURI())
          && "Signature".equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  static Document parse(byte[] xml) throws Exception {
    return DOM.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static DocumentBuilderFactory documentBuilderFactory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] serialize(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SERIALIZER
        .newTransformer()
        .transform(new DOMSource(doc), new StreamResult(out));
    return out.toByteArray();
  }
}

package org.dccsim.dcc.xmldsig;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Rides along one StAX pass over a document and gathers what XMLDSig verification needs, so the
 * document is never parsed twice and no DOM is built: it digests everything except the enveloped
 * ds:Signature (a child of the root, which the enveloped-signature transform removes) in inclusive
 * Canonical XML 1.0 — XMLDSig's conversion of the node-set that {@code URI=""} and that transform
 * leave; the CanonicalizationMethod applies to ds:SignedInfo only — canonicalizes ds:SignedInfo
 * with exclusive c14n, and records the signature's parts.
 *
 * <p>It never rejects a document: faults are recorded in the {@link XmlSignature} for the verifier
 * to report. One instance per document; call {@link #finish()} after END_DOCUMENT.
 */
public final class XmlDsigScanner implements StaxEventSink {

  private enum State {
    BEFORE_SIGNATURE,
    IN_SIGNATURE,
    AFTER_SIGNATURE
  }

  private enum Capture {
    NONE,
    DIGEST_VALUE,
    SIGNATURE_VALUE,
    ISSUER_NAME,
    SERIAL_NUMBER
  }

  private static final int MAX_LEVELS = 8;

  private final MessageDigest documentDigest = XmlDsig.newSha256();
  private final XmlCanonicalizer document = XmlCanonicalizer.inclusive(documentDigest::update);
  private State state = State.BEFORE_SIGNATURE;
  private String signatureLocation;

  private XmlCanonicalizer signedInfo;
  private CanonicalBuffer signedInfoBytes;
  private byte[] canonicalSignedInfo;

  // element names inside ds:Signature by level (0 = ds:Signature); children of an element that is
  // outside the profile are not interpreted
  private final String[] path = new String[MAX_LEVELS];
  private final boolean[] interpreted = new boolean[MAX_LEVELS];

  private Capture capture = Capture.NONE;
  private int captureLevel;
  private final StringBuilder text = new StringBuilder();

  private int signedInfoCount;
  private int keyInfoCount;
  private int referenceCount;
  private String canonicalizationMethod;
  private String signatureMethod;
  private String referenceUri;
  private boolean transformsSeen;
  private final List<String> transforms = new ArrayList<>(2);
  private String digestMethod;
  private String digestValueText;
  private String signatureValueText;
  private String issuerNameText;
  private String serialNumberText;

  private String malformation;
  private String profileViolation;

  @Override
  public void onEvent(XMLStreamReader r, int eventType, int depth) {
    if (state == State.IN_SIGNATURE) {
      inSignature(r, eventType, depth - 2);
      return;
    }
    if (eventType == XMLStreamConstants.START_ELEMENT && depth == 2) {
      if (isDs(r) && "Signature".equals(r.getLocalName())) {
        if (state == State.BEFORE_SIGNATURE) {
          state = State.IN_SIGNATURE;
          signatureLocation = where(r.getLocation());
          path[0] = "Signature";
          interpreted[0] = true;
          return;
        }
        profile(r, "a second ds:Signature under the root element");
      } else if (state == State.AFTER_SIGNATURE) {
        profile(r, "ds:Signature must be the last child of the root element, but "
            + qualifiedName(r) + " follows it");
      }
    }
    document.accept(r, eventType);
  }

  /** Completes the pass; call once, after END_DOCUMENT. */
  public SignatureEvidence finish() {
    document.flush();
    byte[] digest = documentDigest.digest();
    if (state == State.BEFORE_SIGNATURE) {
      return new SignatureEvidence(null, digest, null);
    }
    requirePresent(signedInfoCount > 0, "ds:SignedInfo");
    requirePresent(canonicalizationMethod != null, "ds:CanonicalizationMethod");
    requirePresent(signatureMethod != null, "ds:SignatureMethod");
    requirePresent(referenceCount > 0, "ds:Reference");
    requirePresent(referenceCount == 0 || digestMethod != null, "ds:DigestMethod");
    requirePresent(referenceCount == 0 || digestValueText != null, "ds:DigestValue");
    requirePresent(signatureValueText != null, "ds:SignatureValue");
    byte[] digestValue = base64(digestValueText, "ds:DigestValue");
    byte[] signatureValue = base64(signatureValueText, "ds:SignatureValue");
    X509IssuerSerial cited = citedCertificate();
    XmlSignature signature =
        new XmlSignature(
            canonicalizationMethod,
            signatureMethod,
            referenceCount,
            referenceUri,
            transforms,
            digestMethod,
            digestValue,
            signatureValue,
            cited,
            malformation,
            profileViolation);
    return new SignatureEvidence(signature, digest, canonicalSignedInfo);
  }

  private void inSignature(XMLStreamReader r, int eventType, int level) {
    switch (eventType) {
      case XMLStreamConstants.START_ELEMENT -> {
        signatureElement(r, level);
        if (signedInfo != null) {
          signedInfo.accept(r, eventType);
        }
      }
      case XMLStreamConstants.END_ELEMENT -> {
        if (signedInfo != null) {
          signedInfo.accept(r, eventType);
          if (level == 1) {
            signedInfo.flush();
            canonicalSignedInfo = signedInfoBytes.toByteArray();
            signedInfo = null;
          }
        }
        if (capture != Capture.NONE && level == captureLevel) {
          endCapture();
        }
        if (level == 0) {
          state = State.AFTER_SIGNATURE;
        }
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
        if (signedInfo != null) {
          signedInfo.accept(r, eventType);
        }
        if (capture != Capture.NONE) {
          text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        } else if (level < MAX_LEVELS && interpreted[level] && !isWhitespace(r)) {
          malformed(r, "unexpected text in ds:" + path[level]);
        }
      }
      case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
        if (signedInfo != null) {
          signedInfo.accept(r, eventType);
        }
      }
      default -> {}
    }
  }

  private void signatureElement(XMLStreamReader r, int level) {
    if (capture != Capture.NONE) {
      malformed(r, "ds:" + path[captureLevel] + " must hold text only");
      return;
    }
    if (level >= MAX_LEVELS) {
      profile(r, "unexpected " + qualifiedName(r) + " nested " + level + " levels in ds:Signature");
      return;
    }
    String local = isDs(r) ? r.getLocalName() : "{" + r.getNamespaceURI() + "}" + r.getLocalName();
    path[level] = local;
    interpreted[level] = false;
    if (!interpreted[level - 1]) {
      return; // inside an element already reported
    }
    String parent = path[level - 1];
    boolean known = true;
    switch (parent + '/' + local) {
      case "Signature/SignedInfo" -> {
        if (signedInfoCount++ > 0) {
          malformed(r, "more than one ds:SignedInfo");
        } else {
          signedInfoBytes = new CanonicalBuffer(1024);
          signedInfo = XmlCanonicalizer.exclusive(signedInfoBytes);
        }
      }
      case "Signature/SignatureValue" ->
          startCapture(r, level, Capture.SIGNATURE_VALUE, signatureValueText);
      case "Signature/KeyInfo" -> {
        if (keyInfoCount++ > 0) {
          malformed(r, "more than one ds:KeyInfo");
        }
      }
      case "SignedInfo/CanonicalizationMethod" ->
          canonicalizationMethod = algorithm(r, canonicalizationMethod);
      case "SignedInfo/SignatureMethod" -> signatureMethod = algorithm(r, signatureMethod);
      case "SignedInfo/Reference" -> {
        if (++referenceCount > 1) {
          return; // counted; the verifier refuses more than one
        }
        referenceUri = unqualifiedAttribute(r, "URI");
      }
      case "Reference/Transforms" -> {
        if (transformsSeen) {
          malformed(r, "more than one ds:Transforms");
        }
        transformsSeen = true;
      }
      case "Transforms/Transform" -> {
        String algorithm = algorithm(r, null);
        transforms.add(algorithm == null ? "" : algorithm);
      }
      case "Reference/DigestMethod" -> digestMethod = algorithm(r, digestMethod);
      case "Reference/DigestValue" -> startCapture(r, level, Capture.DIGEST_VALUE, digestValueText);
      case "KeyInfo/X509Data", "X509Data/X509IssuerSerial" -> {}
      case "X509IssuerSerial/X509IssuerName" ->
          startCapture(r, level, Capture.ISSUER_NAME, issuerNameText);
      case "X509IssuerSerial/X509SerialNumber" ->
          startCapture(r, level, Capture.SERIAL_NUMBER, serialNumberText);
      default -> known = false;
    }
    if (known) {
      interpreted[level] = true;
    } else {
      profile(r, "unexpected " + qualifiedName(r) + " in ds:" + parent
          + " (not part of the DUIS signature profile)");
    }
  }

  private void startCapture(XMLStreamReader r, int level, Capture kind, String existing) {
    if (existing != null) {
      malformed(r, "more than one ds:" + r.getLocalName());
    }
    capture = kind;
    captureLevel = level;
    text.setLength(0);
  }

  private void endCapture() {
    String value = text.toString();
    switch (capture) {
      case DIGEST_VALUE -> digestValueText = value;
      case SIGNATURE_VALUE -> signatureValueText = value;
      case ISSUER_NAME -> issuerNameText = value;
      case SERIAL_NUMBER -> serialNumberText = value;
      default -> {}
    }
    capture = Capture.NONE;
  }

  private String algorithm(XMLStreamReader r, String existing) {
    if (existing != null) {
      malformed(r, "more than one ds:" + r.getLocalName());
      return existing;
    }
    String algorithm = unqualifiedAttribute(r, "Algorithm");
    if (algorithm == null) {
      malformed(r, "ds:" + r.getLocalName() + " has no Algorithm attribute");
    }
    return algorithm;
  }

  private X509IssuerSerial citedCertificate() {
    if (issuerNameText == null && serialNumberText == null) {
      return null;
    }
    if (issuerNameText == null || serialNumberText == null) {
      malformedAtSignature("ds:X509IssuerSerial needs both ds:X509IssuerName and ds:X509SerialNumber");
      return null;
    }
    String serial = serialNumberText.strip();
    try {
      return new X509IssuerSerial(issuerNameText.strip(), new BigInteger(serial));
    } catch (NumberFormatException e) {
      malformedAtSignature("ds:X509SerialNumber '" + abbreviate(serial) + "' is not an integer");
      return null;
    }
  }

  private byte[] base64(String value, String element) {
    if (value == null) {
      return null;
    }
    try {
      return Base64Binary.decode(value);
    } catch (IllegalArgumentException e) {
      malformedAtSignature(element + " is not base64: " + e.getMessage());
      return null;
    }
  }

  private void requirePresent(boolean present, String element) {
    if (!present) {
      malformedAtSignature("ds:Signature has no " + element);
    }
  }

  private void malformed(XMLStreamReader r, String what) {
    if (malformation == null) {
      malformation = what + " (" + where(r.getLocation()) + ")";
    }
  }

  private void malformedAtSignature(String what) {
    if (malformation == null) {
      malformation = what + " (ds:Signature at " + signatureLocation + ")";
    }
  }

  private void profile(XMLStreamReader r, String what) {
    if (profileViolation == null) {
      profileViolation = what + " (" + where(r.getLocation()) + ")";
    }
  }

  private static String where(Location location) {
    return location == null
        ? "unknown position"
        : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private static boolean isDs(XMLStreamReader r) {
    return XmlDsig.NAMESPACE.equals(r.getNamespaceURI());
  }

  private static String qualifiedName(XMLStreamReader r) {
    String prefix = r.getPrefix();
    return prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ':' + r.getLocalName();
  }

  private static String unqualifiedAttribute(XMLStreamReader r, String name) {
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      String ns = r.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && name.equals(r.getAttributeLocalName(i))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private static boolean isWhitespace(XMLStreamReader r) {
    char[] chars = r.getTextCharacters();
    for (int i = r.getTextStart(), end = i + r.getTextLength(); i < end; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}

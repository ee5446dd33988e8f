package org.dccsim.dcc.duis;

import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.dccsim.dcc.xmldsig.CanonicalBuffer;
import org.dccsim.dcc.xmldsig.XmlCanonicalizer;
import org.dccsim.dcc.xmldsig.StaxEventSink;
import org.dccsim.dcc.xmldsig.XmlDsig;
import org.dccsim.dcc.xmldsig.XmlSigner;

/**
 * Signs DUIS requests for User-side tools (load generators, tests, a signing service): takes any
 * sr:Request — a template with a placeholder signature, say — drops its ds:Signature, optionally
 * sets the RequestID counter, and returns the document in canonical form (Canonical XML 1.0, the
 * form the reference digest is computed over; namespace declarations stay where they were, so
 * QName values keep their prefixes) with a fresh ds:Signature as the last child of the root,
 * citing the User's XmlSign certificate. Comments do not survive. Thread-safe.
 */
public final class DuisRequestSigner {

  private final XmlSigner signer;
  private final DuisXmlLimits limits;

  public DuisRequestSigner(XmlSigner signer) {
    this(signer, DuisXmlLimits.DEFAULT);
  }

  public DuisRequestSigner(XmlSigner signer, DuisXmlLimits limits) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Signs the request as it is.
   *
   * @throws DuisFormatException when the input is not well-formed XML with an sr:Request root
   */
  public byte[] sign(byte[] request) {
    return sign(request, false, 0);
  }

  /**
   * Signs the request with its RequestID counter replaced (DCC Boxed tooling uses epoch
   * milliseconds, which keeps counters increasing).
   *
   * @param counter an unsigned 64-bit counter
   * @throws DuisFormatException when the input is not well-formed XML with an sr:Request root, or
   *     has no valid sr:Header/sr:RequestID
   */
  public byte[] signWithCounter(byte[] request, long counter) {
    return sign(request, true, counter);
  }

  private byte[] sign(byte[] request, boolean replaceCounter, long counter) {
    CanonicalBuffer out = new CanonicalBuffer(request.length + 1536);
    out.writeAscii(DuisXml.DECLARATION);
    int rootStart = out.size();
    Rewriter rewriter = new Rewriter(XmlCanonicalizer.inclusive(out), out, replaceCounter, counter);
    try (DuisXmlCursor c = DuisXmlCursor.open(request, 0, request.length, limits, rewriter)) {
      c.enterRoot("Request");
      c.finishDocument();
    }
    if (replaceCounter && !rewriter.counterReplaced) {
      throw new DuisFormatException("no sr:Header/sr:RequestID to set the counter in", -1, -1);
    }
    signer.signEnveloped(out, rootStart, rewriter.rootEndTagStart);
    return out.toByteArray();
  }

  /** Copies the document's events into the canonicalizer, leaving out the old signature. */
  private static final class Rewriter implements StaxEventSink {
    private final XmlCanonicalizer c14n;
    private final CanonicalBuffer out;
    private final boolean replaceCounter;
    private final long counter;

    private boolean inOldSignature;
    private boolean afterOldSignature;
    private boolean inHeader;
    private boolean inRequestId;
    private final StringBuilder requestIdText = new StringBuilder();
    boolean counterReplaced;
    int rootEndTagStart = -1;

    Rewriter(XmlCanonicalizer c14n, CanonicalBuffer out, boolean replaceCounter, long counter) {
      this.c14n = c14n;
      this.out = out;
      this.replaceCounter = replaceCounter;
      this.counter = counter;
    }

    @Override
    public void onEvent(XMLStreamReader r, int eventType, int depth) {
      boolean start = eventType == XMLStreamConstants.START_ELEMENT;
      boolean end = eventType == XMLStreamConstants.END_ELEMENT;
      boolean text = eventType == XMLStreamConstants.CHARACTERS
          || eventType == XMLStreamConstants.CDATA
          || eventType == XMLStreamConstants.SPACE;
      if (inOldSignature) {
        if (end && depth == 2) {
          inOldSignature = false;
          afterOldSignature = true;
        }
        return;
      }
      if (start && depth == 2 && XmlDsig.NAMESPACE.equals(r.getNamespaceURI())
          && "Signature".equals(r.getLocalName())) {
        inOldSignature = true;
        return;
      }
      if (afterOldSignature && text && depth == 1 && r.isWhiteSpace()) {
        return; // the old signature's indentation; the new one follows the body directly
      }
      afterOldSignature = false;
      if (start && depth == 2) {
        inHeader = isSr(r, "Header");
      } else if (start && depth == 3 && inHeader && replaceCounter) {
        inRequestId = isSr(r, "RequestID");
        requestIdText.setLength(0);
      } else if (text && inRequestId) {
        requestIdText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        return;
      } else if (end && inRequestId) {
        inRequestId = false;
        c14n.text(withCounter(r));
      } else if (end && depth == 1) {
        c14n.flush();
        rootEndTagStart = out.size();
      }
      c14n.accept(r, eventType);
      if (end && depth == 1) {
        c14n.flush();
      }
    }

    private String withCounter(XMLStreamReader r) {
      try {
        RequestId id = RequestId.parse(requestIdText.toString().strip());
        counterReplaced = true;
        return id.withCounter(counter).toString();
      } catch (IllegalArgumentException e) {
        throw DuisFormatException.at("sr:RequestID: " + e.getMessage(), r.getLocation());
      }
    }

    private static boolean isSr(XMLStreamReader r, String localName) {
      return DuisXml.NAMESPACE.equals(r.getNamespaceURI()) && localName.equals(r.getLocalName());
    }
  }
}

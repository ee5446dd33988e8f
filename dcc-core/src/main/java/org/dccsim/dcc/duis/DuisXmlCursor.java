package org.dccsim.dcc.duis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dccsim.dcc.xmldsig.StaxEventSink;
import org.dccsim.dcc.xmldsig.XmlDsig;

/**
 * One forward pass over a DUIS document on the hardened parser: enforces {@link DuisXmlLimits},
 * refuses DOCTYPEs, shows every event to a {@link StaxEventSink} (the XMLDSig scanner) and offers
 * the few moves the readers need, each failing with a positioned {@link DuisFormatException}.
 */
final class DuisXmlCursor implements AutoCloseable {

  private static final String NAMES_PREFIX =
      "http://www.w3.org/TR/1999/REC-xml-names-19990114#";

  private final XMLStreamReader reader;
  private final DuisXmlLimits limits;
  private final StaxEventSink tap;
  private int depth;
  private int event = XMLStreamConstants.START_DOCUMENT;
  // namespace and local name of the open elements, for error messages
  private String[] openNamespaces = new String[16];
  private String[] openLocalNames = new String[16];

  private DuisXmlCursor(XMLStreamReader reader, DuisXmlLimits limits, StaxEventSink tap) {
    this.reader = reader;
    this.limits = limits;
    this.tap = tap;
  }

  static DuisXmlCursor open(
      byte[] xml, int offset, int length, DuisXmlLimits limits, StaxEventSink tap) {
    if (length > limits.maxDocumentBytes()) {
      throw new DuisFormatException(
          "document of " + length + " bytes exceeds the limit of " + limits.maxDocumentBytes(),
          -1, -1);
    }
    try {
      return new DuisXmlCursor(HardenedStax.open(xml, offset, length), limits, tap);
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /** Advances one event; every event passes the limits and the tap. */
  int next() {
    try {
      event = reader.next();
    } catch (XMLStreamException e) {
      throw translate(e);
    } catch (RuntimeException e) {
      // the JDK parser reports a few encoding faults unchecked
      throw DuisFormatException.at("unreadable XML: " + e.getMessage(), safeLocation());
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> opened();
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
          checkTextLength(reader.getTextLength());
      case XMLStreamConstants.DTD ->
          throw error("DOCTYPE is not allowed in a DUIS message (DTDs and entity declarations"
              + " are refused)");
      case XMLStreamConstants.ENTITY_REFERENCE ->
          throw error("entity reference &" + reader.getLocalName() + "; is not allowed");
      default -> {}
    }
    tap.onEvent(reader, event, depth);
    if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
    }
    return event;
  }

  private void opened() {
    if (++depth > limits.maxDepth()) {
      throw error("elements nested " + depth + " deep exceed the limit of " + limits.maxDepth());
    }
    int attributes = reader.getAttributeCount() + reader.getNamespaceCount();
    if (attributes > limits.maxAttributes()) {
      throw error(describe() + " has " + attributes + " attributes and namespace declarations;"
          + " the limit is " + limits.maxAttributes());
    }
    if (depth > openLocalNames.length) {
      openNamespaces = Arrays.copyOf(openNamespaces, depth * 2);
      openLocalNames = Arrays.copyOf(openLocalNames, depth * 2);
    }
    openNamespaces[depth - 1] = reader.getNamespaceURI();
    openLocalNames[depth - 1] = reader.getLocalName();
  }

  private void checkTextLength(int length) {
    if (length > limits.maxTextLength()) {
      throw error("text of " + length + " characters in " + openElement()
          + " exceeds the limit of " + limits.maxTextLength());
    }
  }

  /** Moves to the root element and checks it is sr:{@code localName}. */
  void enterRoot(String localName) {
    while (next() != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw error("the document has no root element");
      }
    }
    if (!atSr(localName)) {
      throw error("the root element is " + describe() + "; expected sr:" + localName);
    }
  }

  /**
   * From an element's start tag or the end of one of its children: moves to the next child (true)
   * or to the element's end tag (false). Only whitespace may come between.
   */
  boolean nextChild() {
    while (true) {
      switch (next()) {
        case XMLStreamConstants.START_ELEMENT:
          return true;
        case XMLStreamConstants.END_ELEMENT:
          return false;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
          if (!isWhitespace()) {
            throw error("unexpected text '" + DuisValues.abbreviate(reader.getText().strip())
                + "' in " + openElement());
          }
          break;
        case XMLStreamConstants.END_DOCUMENT:
          throw error("the document ends inside " + openElement());
        default:
          break;
      }
    }
  }

  /** Moves to the next child, which must exist: {@code expected} names it in the error. */
  void requireAnyChild(String expected) {
    String parent = openElement();
    if (!nextChild()) {
      throw error(parent + " ends where " + expected + " is expected");
    }
  }

  /** Moves to the next child, which must be sr:{@code localName}. */
  void requireChild(String localName) {
    requireAnyChild("sr:" + localName);
    expect(localName);
  }

  /** Checks the element the cursor is on is sr:{@code localName}. */
  void expect(String localName) {
    if (!atSr(localName)) {
      throw error("in " + parentElement() + ": expected sr:" + localName + ", found " + describe());
    }
  }

  /** Moves past the current element's last child, which must be the end of it. */
  void requireEnd() {
    String parent = openElement();
    if (nextChild()) {
      throw error("unexpected " + describe() + " in " + parent);
    }
  }

  boolean atSr(String localName) {
    return DuisXml.NAMESPACE.equals(reader.getNamespaceURI())
        && localName.equals(reader.getLocalName());
  }

  boolean atDs(String localName) {
    return XmlDsig.NAMESPACE.equals(reader.getNamespaceURI())
        && localName.equals(reader.getLocalName());
  }

  /** An unqualified attribute of the element the cursor is on; null when absent. */
  String attribute(String name) {
    for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
      String ns = reader.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && name.equals(reader.getAttributeLocalName(i))) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * Reads a text-only element from its start tag to its end tag and parses the text; a parse
   * failure is reported at the element.
   */
  <T> T leaf(Function<String, T> parser) {
    String name = describe();
    Location start = reader.getLocation();
    String text = readText(name);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw DuisFormatException.at(name + ": " + e.getMessage(), start);
    }
  }

  private String readText(String name) {
    String text = "";
    StringBuilder more = null;
    while (true) {
      switch (next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
          if (text.isEmpty() && more == null) {
            text = reader.getText();
          } else {
            // text split by a comment or processing instruction
            if (more == null) {
              more = new StringBuilder(text);
            }
            more.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            checkTextLength(more.length());
          }
          break;
        case XMLStreamConstants.START_ELEMENT:
          throw error(name + " holds text only, but contains " + describe());
        case XMLStreamConstants.END_ELEMENT:
          return more == null ? text : more.toString();
        default:
          break;
      }
    }
  }

  /** Reads the element the cursor is on, and everything in it, as a {@link BodyElement}. */
  BodyElement readTree() {
    if (!DuisXml.NAMESPACE.equals(reader.getNamespaceURI())) {
      throw error(describe() + " is not in the DUIS namespace " + DuisXml.NAMESPACE);
    }
    String localName = reader.getLocalName();
    Map<String, String> attributes = attributes();
    List<BodyElement> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Location mixed = null;
    while (true) {
      switch (next()) {
        case XMLStreamConstants.START_ELEMENT:
          children.add(readTree());
          break;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
          if (mixed == null && !isWhitespace()) {
            mixed = reader.getLocation();
          }
          text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          checkTextLength(text.length());
          break;
        case XMLStreamConstants.END_ELEMENT:
          if (children.isEmpty()) {
            return new BodyElement(localName, attributes, text.toString(), children);
          }
          if (mixed != null) {
            throw DuisFormatException.at(
                "sr:" + localName + " mixes text with elements, which DUIS never does", mixed);
          }
          return new BodyElement(localName, attributes, "", children);
        default:
          break;
      }
    }
  }

  private Map<String, String> attributes() {
    int n = reader.getAttributeCount();
    if (n == 0) {
      return Map.of();
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String ns = reader.getAttributeNamespace(i);
      String key = ns == null || ns.isEmpty()
          ? reader.getAttributeLocalName(i)
          : "{" + ns + "}" + reader.getAttributeLocalName(i);
      map.put(key, reader.getAttributeValue(i));
    }
    return map;
  }

  /** Passes over the element the cursor is on (the tap still sees all of it). */
  void skipElement() {
    int level = depth;
    while (next() != XMLStreamConstants.END_ELEMENT || depth != level - 1) {
      // the tap consumes the events
    }
  }

  /** After the root's end tag: only comments, processing instructions and whitespace remain. */
  void finishDocument() {
    while (next() != XMLStreamConstants.END_DOCUMENT) {
      // the parser refuses a second root element itself
    }
  }

  DuisFormatException error(String problem) {
    return DuisFormatException.at(problem, safeLocation());
  }

  /** The element the cursor is on, as "sr:Name" for DUIS elements. */
  String describe() {
    return describe(reader.getNamespaceURI(), reader.getLocalName());
  }

  private static String describe(String ns, String local) {
    if (DuisXml.NAMESPACE.equals(ns)) {
      return "sr:" + local;
    }
    if (XmlDsig.NAMESPACE.equals(ns)) {
      return "ds:" + local;
    }
    return ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local;
  }

  /** The innermost open element (the one whose content the cursor is in). */
  private String openElement() {
    return depth == 0
        ? "the document"
        : describe(openNamespaces[depth - 1], openLocalNames[depth - 1]);
  }

  /** The parent of the element the cursor is on. */
  private String parentElement() {
    return depth < 2
        ? "the document"
        : describe(openNamespaces[depth - 2], openLocalNames[depth - 2]);
  }

  private boolean isWhitespace() {
    char[] chars = reader.getTextCharacters();
    for (int i = reader.getTextStart(), end = i + reader.getTextLength(); i < end; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private Location safeLocation() {
    try {
      return reader.getLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing is held open: the input is an array
    }
  }

  /** The JDK's message without its "ParseError at [row,col]" prefix; the position goes apart. */
  private static DuisFormatException translate(XMLStreamException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int m = message.indexOf("Message: ");
    if (m >= 0) {
      message = message.substring(m + "Message: ".length());
    }
    if (message.startsWith(NAMES_PREFIX)) {
      // e.g. "...#ElementPrefixUnbound?p&p:r": the JDK's key, not a sentence
      String key = message.substring(NAMES_PREFIX.length());
      int q = key.indexOf('?');
      String args = q < 0 ? "" : key.substring(q + 1).replace('&', ' ');
      message = "namespace error " + (q < 0 ? key : key.substring(0, q)) + ": " + args;
    }
    String problem = "not well-formed XML: " + message.strip();
    Location l = e.getLocation();
    return l == null
        ? new DuisFormatException(problem, -1, -1, e)
        : new DuisFormatException(problem, l.getLineNumber(), l.getColumnNumber(), e);
  }
}

package org.dccsim.dcc.xmldsig;

import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Canonical XML without comments, as a stream: fed one element, text or processing instruction at
 * a time — from a StAX reader, or by a writer building a document — it emits canonical UTF-8 to a
 * {@link CanonicalSink}. Two modes, both needed by the DUIS signature profile:
 *
 * <ul>
 *   <li>{@link #inclusive inclusive} (Canonical XML 1.0, http://www.w3.org/TR/2001/REC-xml-c14n-20010315):
 *       how XMLDSig turns the node-set of {@code Reference URI=""} + enveloped-signature into the
 *       octets it digests. Used on whole documents only, where every ancestor is output, so an
 *       element renders the namespace declarations written on it minus those already in scope.
 *   <li>{@link #exclusive exclusive} (http://www.w3.org/2001/10/xml-exc-c14n#, no PrefixList): the
 *       profile's CanonicalizationMethod, applied to ds:SignedInfo. An element renders a binding
 *       where its prefix is visibly utilized (by its name or an attribute's) and its output parent
 *       does not already render it; the default namespace counts as prefix "" bound to "".
 * </ul>
 *
 * A whole document in exclusive canonical form is also in inclusive canonical form (it declares
 * nothing superfluous), which is why writers may produce either and digest the bytes written.
 * Only whole subtrees are canonicalized, so the nearest output ancestor of an element is always its
 * parent. Not thread-safe: one instance per pass.
 */
public final class XmlCanonicalizer {

  /** Largest expansion of one input char (e.g. {@code &quot;}), with room to spare. */
  private static final int MAX_BYTES_PER_CHAR = 12;

  private final boolean exclusive;
  private final CanonicalSink sink;
  private final byte[] buffer = new byte[4096];
  private int position;
  private long flushed;

  private String[] openPrefixes = new String[16];
  private String[] openLocalNames = new String[16];
  private int[] bindingMarks = new int[16];
  private int depth;
  private boolean rootClosed;

  // namespace bindings rendered by the open elements, innermost last
  private String[] boundPrefixes = new String[16];
  private String[] boundUris = new String[16];
  private int boundCount;

  // scratch for one start tag
  private String[] declaredPrefixes = new String[8];
  private String[] declaredUris = new String[8];
  private int declaredCount;
  private int[] attributeOrder = new int[8];

  private final StaxElementView staxElement = new StaxElementView();
  private final WrittenElement writtenElement = new WrittenElement();

  private XmlCanonicalizer(boolean exclusive, CanonicalSink sink) {
    this.exclusive = exclusive;
    this.sink = sink;
  }

  /** Exclusive XML Canonicalization 1.0 without comments (for ds:SignedInfo and writers). */
  public static XmlCanonicalizer exclusive(CanonicalSink sink) {
    return new XmlCanonicalizer(true, sink);
  }

  /** Canonical XML 1.0 without comments, of whole documents (for Reference digests). */
  public static XmlCanonicalizer inclusive(CanonicalSink sink) {
    return new XmlCanonicalizer(false, sink);
  }

  /**
   * Canonicalizes the event the reader is positioned on. Comments and document start/end produce
   * nothing; whitespace outside the root element is not part of the data model.
   */
  public void accept(XMLStreamReader reader, int eventType) {
    switch (eventType) {
      case XMLStreamConstants.START_ELEMENT -> startElement(staxElement.on(reader));
      case XMLStreamConstants.END_ELEMENT -> endElement();
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
          text(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
      case XMLStreamConstants.PROCESSING_INSTRUCTION ->
          processingInstruction(reader.getPITarget(), reader.getPIData());
      default -> {}
    }
  }

  /**
   * Starts an element written by a document builder.
   *
   * @param unqualifiedAttributes name, value, name, value, ... (attributes in no namespace)
   */
  public void startElement(
      String prefix, String localName, String namespaceUri, String... unqualifiedAttributes) {
    if ((unqualifiedAttributes.length & 1) != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    writtenElement.prefix = prefix;
    writtenElement.localName = localName;
    writtenElement.namespaceUri = namespaceUri;
    writtenElement.attributes = unqualifiedAttributes;
    startElement(writtenElement);
  }

  void startElement(ElementView element) {
    if (depth == 0 && rootClosed) {
      throw new IllegalStateException("a document has a single root element");
    }
    String prefix = element.prefix();
    String localName = element.localName();
    if (depth == openLocalNames.length) {
      openPrefixes = Arrays.copyOf(openPrefixes, depth * 2);
      openLocalNames = Arrays.copyOf(openLocalNames, depth * 2);
      bindingMarks = Arrays.copyOf(bindingMarks, depth * 2);
    }
    openPrefixes[depth] = prefix;
    openLocalNames[depth] = localName;
    bindingMarks[depth] = boundCount;
    depth++;

    declaredCount = 0;
    int attributes = element.attributeCount();
    if (exclusive) {
      render(prefix, element.namespaceUri());
      for (int i = 0; i < attributes; i++) {
        String p = element.attributePrefix(i);
        if (!p.isEmpty()) {
          render(p, element.attributeNamespace(i));
        }
      }
    } else {
      for (int i = 0, n = element.namespaceCount(); i < n; i++) {
        render(element.namespacePrefix(i), element.namespaceUri(i));
      }
    }
    sortDeclarations();

    writeByte('<');
    writeQualifiedName(prefix, localName);
    for (int i = 0; i < declaredCount; i++) {
      writeName(" xmlns");
      if (!declaredPrefixes[i].isEmpty()) {
        writeByte(':');
        writeName(declaredPrefixes[i]);
      }
      writeName("=\"");
      writeAttributeValue(declaredUris[i]);
      writeByte('"');
    }
    int[] order = sortAttributes(element, attributes);
    for (int k = 0; k < attributes; k++) {
      int i = order[k];
      writeByte(' ');
      writeQualifiedName(element.attributePrefix(i), element.attributeLocalName(i));
      writeName("=\"");
      writeAttributeValue(element.attributeValue(i));
      writeByte('"');
    }
    writeByte('>');
  }

  public void endElement() {
    if (depth == 0) {
      throw new IllegalStateException("no open element to end");
    }
    depth--;
    writeName("</");
    writeQualifiedName(openPrefixes[depth], openLocalNames[depth]);
    writeByte('>');
    boundCount = bindingMarks[depth];
    if (depth == 0) {
      rootClosed = true;
    }
  }

  public void text(String text) {
    text(text.toCharArray(), 0, text.length());
  }

  /** Character content; ignored outside the root element. */
  public void text(char[] chars, int start, int length) {
    if (depth == 0) {
      return;
    }
    int end = start + length;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      ensureRoom();
      switch (c) {
        case '&' -> writeAsciiUnchecked("&amp;");
        case '<' -> writeAsciiUnchecked("&lt;");
        case '>' -> writeAsciiUnchecked("&gt;");
        case '\r' -> writeAsciiUnchecked("&#xD;");
        default -> i = writeUtf8(chars, i, end);
      }
    }
  }

  /**
   * A processing instruction. Outside the root element it is separated from the root by a line
   * feed, as C14N requires.
   */
  public void processingInstruction(String target, String data) {
    boolean outside = depth == 0;
    if (outside && rootClosed) {
      writeByte('\n');
    }
    writeName("<?");
    writeName(target);
    if (data != null && !data.isEmpty()) {
      writeByte(' ');
      writeName(data);
    }
    writeName("?>");
    if (outside && !rootClosed) {
      writeByte('\n');
    }
  }

  /** Open elements: 0 before the root and after it has ended. */
  public int depth() {
    return depth;
  }

  /** Canonical bytes produced so far, flushed or not. */
  public long bytesWritten() {
    return flushed + position;
  }

  public void flush() {
    if (position > 0) {
      sink.write(buffer, 0, position);
      flushed += position;
      position = 0;
    }
  }

  // ---- namespaces

  /** Renders a binding unless its output parent already does (or it is the xml namespace). */
  private void render(String prefix, String uri) {
    if ("xml".equals(prefix)) {
      return; // the xml namespace is never declared
    }
    for (int i = 0; i < declaredCount; i++) {
      if (declaredPrefixes[i].equals(prefix)) {
        return;
      }
    }
    if (uri.equals(boundUri(prefix))) {
      return;
    }
    if (declaredCount == declaredPrefixes.length) {
      declaredPrefixes = Arrays.copyOf(declaredPrefixes, declaredCount * 2);
      declaredUris = Arrays.copyOf(declaredUris, declaredCount * 2);
    }
    declaredPrefixes[declaredCount] = prefix;
    declaredUris[declaredCount] = uri;
    declaredCount++;
    if (boundCount == boundPrefixes.length) {
      boundPrefixes = Arrays.copyOf(boundPrefixes, boundCount * 2);
      boundUris = Arrays.copyOf(boundUris, boundCount * 2);
    }
    boundPrefixes[boundCount] = prefix;
    boundUris[boundCount] = uri;
    boundCount++;
  }

  /** The binding the output ancestors render for a prefix; the default namespace starts empty. */
  private String boundUri(String prefix) {
    for (int i = boundCount - 1; i >= 0; i--) {
      if (boundPrefixes[i].equals(prefix)) {
        return boundUris[i];
      }
    }
    return prefix.isEmpty() ? "" : null;
  }

  private void sortDeclarations() {
    for (int i = 1; i < declaredCount; i++) {
      String p = declaredPrefixes[i];
      String u = declaredUris[i];
      int j = i - 1;
      while (j >= 0 && compareCodePoints(declaredPrefixes[j], p) > 0) {
        declaredPrefixes[j + 1] = declaredPrefixes[j];
        declaredUris[j + 1] = declaredUris[j];
        j--;
      }
      declaredPrefixes[j + 1] = p;
      declaredUris[j + 1] = u;
    }
  }

  /** Attribute order: namespace URI first (none sorts first), then local name. */
  private int[] sortAttributes(ElementView element, int count) {
    if (attributeOrder.length < count) {
      attributeOrder = new int[count];
    }
    int[] order = attributeOrder;
    for (int i = 0; i < count; i++) {
      int candidate = i;
      int j = i - 1;
      while (j >= 0 && compareAttributes(element, order[j], candidate) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = candidate;
    }
    return order;
  }

  private static int compareAttributes(ElementView e, int a, int b) {
    int byNamespace = compareCodePoints(e.attributeNamespace(a), e.attributeNamespace(b));
    return byNamespace != 0
        ? byNamespace
        : compareCodePoints(e.attributeLocalName(a), e.attributeLocalName(b));
  }

  /**
   * Compares by Unicode code point, as C14N orders; String.compareTo compares UTF-16 units, which
   * puts supplementary characters below U+E000..U+FFFF.
   */
  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (x >= 0xD800 && y >= 0xD800) {
          x = (char) (x >= 0xE000 ? x - 0x800 : x + 0x2000);
          y = (char) (y >= 0xE000 ? y - 0x800 : y + 0x2000);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  private void writeQualifiedName(String prefix, String localName) {
    if (!prefix.isEmpty()) {
      writeName(prefix);
      writeByte(':');
    }
    writeName(localName);
  }

  // ---- output

  private void writeAttributeValue(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      ensureRoom();
      switch (c) {
        case '&' -> writeAsciiUnchecked("&amp;");
        case '<' -> writeAsciiUnchecked("&lt;");
        case '"' -> writeAsciiUnchecked("&quot;");
        case '\t' -> writeAsciiUnchecked("&#x9;");
        case '\n' -> writeAsciiUnchecked("&#xA;");
        case '\r' -> writeAsciiUnchecked("&#xD;");
        default -> i = writeUtf8(value, i, n);
      }
    }
  }

  /** Markup, names and PI content: written as they are (C14N escapes none of them). */
  private void writeName(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      ensureRoom();
      i = writeUtf8(s, i, n);
    }
  }

  private void writeByte(char c) {
    ensureRoom();
    buffer[position++] = (byte) c;
  }

  private void writeAsciiUnchecked(String s) {
    for (int i = 0; i < s.length(); i++) {
      buffer[position++] = (byte) s.charAt(i);
    }
  }

  private void ensureRoom() {
    if (position > buffer.length - MAX_BYTES_PER_CHAR) {
      flush();
    }
  }

  /** Encodes the char at {@code i} (with its low surrogate); returns the index of the last used. */
  private int writeUtf8(char[] chars, int i, int end) {
    char c = chars[i];
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
      writeCodePoint(Character.toCodePoint(c, chars[i + 1]));
      return i + 1;
    }
    writeCodePoint(checkNotSurrogate(c));
    return i;
  }

  private int writeUtf8(String s, int i, int end) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
      writeCodePoint(Character.toCodePoint(c, s.charAt(i + 1)));
      return i + 1;
    }
    writeCodePoint(checkNotSurrogate(c));
    return i;
  }

  private static char checkNotSurrogate(char c) {
    if (Character.isSurrogate(c)) {
      // a parser never yields one; a writer must not sign text that UTF-8 cannot carry
      throw new IllegalArgumentException(
          "unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT));
    }
    return c;
  }

  private void writeCodePoint(int cp) {
    byte[] b = buffer;
    if (cp < 0x80) {
      b[position++] = (byte) cp;
    } else if (cp < 0x800) {
      b[position++] = (byte) (0xC0 | (cp >> 6));
      b[position++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      b[position++] = (byte) (0xE0 | (cp >> 12));
      b[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[position++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      b[position++] = (byte) (0xF0 | (cp >> 18));
      b[position++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      b[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[position++] = (byte) (0x80 | (cp & 0x3F));
    }
  }

  /**
   * The element a document builder passes; reused for every call. It declares the namespace of
   * its own name, which the canonical form drops wherever the parent already renders it.
   */
  private static final class WrittenElement implements ElementView {
    String prefix;
    String localName;
    String namespaceUri;
    String[] attributes;

    @Override
    public String prefix() {
      return prefix;
    }

    @Override
    public String localName() {
      return localName;
    }

    @Override
    public String namespaceUri() {
      return namespaceUri;
    }

    @Override
    public int namespaceCount() {
      return 1;
    }

    @Override
    public String namespacePrefix(int index) {
      return prefix;
    }

    @Override
    public String namespaceUri(int index) {
      return namespaceUri;
    }

    @Override
    public int attributeCount() {
      return attributes.length / 2;
    }

    @Override
    public String attributePrefix(int index) {
      return "";
    }

    @Override
    public String attributeLocalName(int index) {
      return attributes[2 * index];
    }

    @Override
    public String attributeNamespace(int index) {
      return "";
    }

    @Override
    public String attributeValue(int index) {
      return attributes[2 * index + 1];
    }
  }
}

package org.dccsim.dcc.duis;

import java.io.CharArrayReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's built-in StAX parser, configured for untrusted input: no DTD processing and no
 * external entities or DTDs of any kind (a DOCTYPE is then refused by {@link DuisXmlCursor}, which
 * also rules out entity-expansion bombs), namespace-aware, coalescing adjacent text and CDATA.
 *
 * <p>The parser is always given characters: this class decodes the bytes itself, strictly, in the
 * encoding the byte order mark or XML declaration names (UTF-8 when neither does, as for all DUIS
 * traffic), because the JDK parser prints malformed byte sequences to stderr on its own, which a
 * server must not let a client trigger. One factory per thread, as XMLInputFactory promises no
 * thread safety.
 */
final class HardenedStax {

  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(HardenedStax::newFactory);

  private HardenedStax() {}

  static XMLStreamReader open(byte[] xml, int offset, int length) throws XMLStreamException {
    CharBuffer chars = decode(xml, offset, length);
    return FACTORY.get().createXMLStreamReader(
        new CharArrayReader(chars.array(), 0, chars.position()));
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }

  private static CharBuffer decode(byte[] xml, int offset, int length) {
    int bom = 0;
    Charset charset;
    if (startsWith(xml, offset, length, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
    } else if (startsWith(xml, offset, length, 0xFE, 0xFF)
        || startsWith(xml, offset, length, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16; // its decoder reads the byte order mark
    } else if (startsWith(xml, offset, length, 0x00, '<')) {
      charset = StandardCharsets.UTF_16BE;
    } else if (startsWith(xml, offset, length, '<', 0x00)) {
      charset = StandardCharsets.UTF_16LE;
    } else {
      charset = declaredCharset(xml, offset, length);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(xml, offset + bom, length - bom);
    CharBuffer out = CharBuffer.allocate((int) (length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (!result.isUnderflow()) {
      int at = in.position();
      throw new DuisFormatException(
          "invalid " + charset.name() + " at byte " + (at - offset),
          line(xml, offset, at),
          column(xml, offset, at));
    }
    return out;
  }

  /** The encoding an ASCII-compatible XML declaration names; UTF-8 when it names none. */
  private static Charset declaredCharset(byte[] xml, int offset, int length) {
    String head = new String(xml, offset, Math.min(length, 200), StandardCharsets.ISO_8859_1);
    int end = head.indexOf("?>");
    int at = head.indexOf("encoding");
    if (!head.startsWith("<?xml") || at < 0 || end < at) {
      return StandardCharsets.UTF_8;
    }
    int i = at + "encoding".length();
    while (i < end && (head.charAt(i) == ' ' || head.charAt(i) == '=')) {
      i++;
    }
    char quote = head.charAt(i);
    int close = head.indexOf(quote, i + 1);
    String name = close < 0 || close > end ? "" : head.substring(i + 1, close);
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new DuisFormatException("unsupported encoding '" + name + "'", 1, at + 1);
    }
  }

  private static boolean startsWith(byte[] xml, int offset, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((xml[offset + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int line(byte[] xml, int from, int to) {
    int line = 1;
    for (int i = from; i < to; i++) {
      if (xml[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int column(byte[] xml, int from, int to) {
    int column = 1;
    for (int i = to - 1; i >= from && xml[i] != '\n'; i--) {
      column++;
    }
    return column;
  }
}

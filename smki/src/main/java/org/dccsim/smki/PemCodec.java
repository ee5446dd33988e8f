package org.dccsim.smki;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** Reads and writes the PEM armour (RFC 7468) around certificates and keys. */
public final class PemCodec {

  /** A decoded PEM block: its label ("CERTIFICATE", "PRIVATE KEY", ...) and DER content. */
  public record Block(String type, byte[] der) {}

  public static final String CERTIFICATE = "CERTIFICATE";
  public static final String PRIVATE_KEY = "PRIVATE KEY";
  public static final String PUBLIC_KEY = "PUBLIC KEY";

  private static final byte[] BEGIN = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);

  private PemCodec() {}

  /** True when the bytes start, after optional whitespace or a UTF-8 BOM, with a PEM header. */
  public static boolean isPem(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    if (bytes.length - i < BEGIN.length) {
      return false;
    }
    for (int j = 0; j < BEGIN.length; j++) {
      if (bytes[i + j] != BEGIN[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * All PEM blocks in the text, in order. Text outside blocks is ignored, as RFC 7468 allows.
   *
   * @throws SmkiException when there is no block, a block is not closed or its base64 is bad
   */
  public static List<Block> decode(byte[] text) {
    List<Block> blocks = new ArrayList<>(2);
    try (PemReader reader =
        new PemReader(new StringReader(new String(text, StandardCharsets.US_ASCII)))) {
      for (PemObject o = reader.readPemObject(); o != null; o = reader.readPemObject()) {
        blocks.add(new Block(o.getType(), o.getContent()));
      }
    } catch (IOException | RuntimeException e) {
      // BouncyCastle reports bad base64 as an unchecked DecoderException
      throw new SmkiException(
          "PEM block " + (blocks.size() + 1) + " is malformed: " + e.getMessage(), e);
    }
    if (blocks.isEmpty()) {
      throw new SmkiException("no PEM block (-----BEGIN ...-----) found");
    }
    return blocks;
  }

  /** The single block of the given type in the text. */
  public static byte[] decodeSingle(byte[] text, String type) {
    List<Block> blocks = decode(text);
    if (blocks.size() != 1 || !blocks.get(0).type().equals(type)) {
      List<String> types = blocks.stream().map(Block::type).toList();
      throw new SmkiException("expected one PEM block " + type + ", found " + types);
    }
    return blocks.get(0).der();
  }

  /** PEM text with 64-character base64 lines and a trailing newline. */
  public static String encode(String type, byte[] der) {
    StringWriter out = new StringWriter(der.length * 4 / 3 + 64);
    try (PemWriter writer = new PemWriter(out)) {
      writer.writeObject(new PemObject(type, der));
    } catch (IOException e) {
      throw new IllegalStateException("writing to a StringWriter cannot fail", e);
    }
    return out.toString();
  }
}

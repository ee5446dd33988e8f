package org.dccsim.dcc.xmldsig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A growable byte array that a signed document is written into, so that the signature can be
 * inserted before the root's end tag without building the document twice. Not thread-safe.
 */
public final class CanonicalBuffer implements CanonicalSink {

  private byte[] bytes;
  private int size;

  public CanonicalBuffer(int initialCapacity) {
    bytes = new byte[Math.max(16, initialCapacity)];
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  public void writeAscii(String text) {
    write(text.getBytes(StandardCharsets.US_ASCII), 0, text.length());
  }

  public int size() {
    return size;
  }

  /** Shifts bytes [at, size) up and writes {@code inserted} at {@code at}. */
  public void insert(int at, byte[] inserted) {
    if (at < 0 || at > size) {
      throw new IndexOutOfBoundsException("insert at " + at + " of " + size);
    }
    ensure(inserted.length);
    System.arraycopy(bytes, at, bytes, at + inserted.length, size - at);
    System.arraycopy(inserted, 0, bytes, at, inserted.length);
    size += inserted.length;
  }

  /** Feeds bytes [from, to) to a digest. */
  public void update(MessageDigest digest, int from, int to) {
    if (from < 0 || to > size || from > to) {
      throw new IndexOutOfBoundsException("range " + from + ".." + to + " of " + size);
    }
    digest.update(bytes, from, to - from);
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int extra) {
    if (size + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
    }
  }
}

package org.dccsim.gbcs.frame;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A read-only view of a range of a byte array, so that a decoded message can hand out its content
 * and its signed span without copying them. The array is shared: nobody may write to it. {@link
 * #array()} exists for the crypto calls (ECDSA, GMAC) that take (array, offset, length).
 */
public final class ByteSlice {

  public static final ByteSlice EMPTY = new ByteSlice(new byte[0], 0, 0);

  private final byte[] array;
  private final int offset;
  private final int length;

  private ByteSlice(byte[] array, int offset, int length) {
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /** A slice over a private copy of {@code bytes}. */
  public static ByteSlice copyOf(byte[] bytes) {
    return new ByteSlice(bytes.clone(), 0, bytes.length);
  }

  /** Wraps without copying: the caller gives up the right to modify {@code array}. */
  static ByteSlice wrap(byte[] array, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > array.length) {
      throw new IndexOutOfBoundsException(offset + "+" + length + " of " + array.length);
    }
    return new ByteSlice(array, offset, length);
  }

  /** The shared backing array; read it only between {@link #offset()} and offset + length. */
  public byte[] array() {
    return array;
  }

  public int offset() {
    return offset;
  }

  public int length() {
    return length;
  }

  public int get(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index + " of " + length);
    }
    return array[offset + index] & 0xFF;
  }

  public ByteSlice slice(int from, int sliceLength) {
    if (from < 0 || sliceLength < 0 || from + sliceLength > length) {
      throw new IndexOutOfBoundsException(from + "+" + sliceLength + " of " + length);
    }
    return new ByteSlice(array, offset + from, sliceLength);
  }

  public byte[] toByteArray() {
    return Arrays.copyOfRange(array, offset, offset + length);
  }

  public void copyTo(byte[] target, int targetOffset) {
    System.arraycopy(array, offset, target, targetOffset, length);
  }

  public boolean contentEquals(byte[] other) {
    return Arrays.equals(array, offset, offset + length, other, 0, other.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteSlice s
        && Arrays.equals(array, offset, offset + length, s.array, s.offset, s.offset + s.length);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + array[i];
    }
    return h;
  }

  /** Upper-case hex, the form RTDS and DUIS logs use. */
  @Override
  public String toString() {
    return HexFormat.of().withUpperCase().formatHex(array, offset, offset + length);
  }
}

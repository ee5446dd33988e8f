package org.dccsim.gbcs.frame;

/**
 * A cursor over a byte range whose every read is bounds-checked and fails with a {@link
 * GbcsCodecException} naming the offset and the expected item, never with an index exception.
 * Offsets in exceptions are relative to the start of the array, so that nested decoders (a DLMS
 * payload inside a frame) report positions in the whole message.
 */
public final class ByteReader {

  private final byte[] bytes;
  private final int end;
  private int position;

  public ByteReader(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.position = offset;
    this.end = offset + length;
  }

  public ByteReader(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  public static ByteReader of(ByteSlice slice) {
    return new ByteReader(slice.array(), slice.offset(), slice.length());
  }

  public byte[] array() {
    return bytes;
  }

  public int position() {
    return position;
  }

  public int end() {
    return end;
  }

  public int remaining() {
    return end - position;
  }

  public boolean hasRemaining() {
    return position < end;
  }

  public int peek(String expected) throws GbcsCodecException {
    require(1, expected);
    return bytes[position] & 0xFF;
  }

  public int u8(String expected) throws GbcsCodecException {
    require(1, expected);
    return bytes[position++] & 0xFF;
  }

  public int u16(String expected) throws GbcsCodecException {
    require(2, expected);
    int v = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
    position += 2;
    return v;
  }

  public long u32(String expected) throws GbcsCodecException {
    return bigEndian(4, expected);
  }

  /** Big-endian unsigned 64-bit value, held in a long (compare with Long.compareUnsigned). */
  public long u64(String expected) throws GbcsCodecException {
    return bigEndian(8, expected);
  }

  public long bigEndian(int size, String expected) throws GbcsCodecException {
    require(size, expected);
    long v = 0;
    for (int i = 0; i < size; i++) {
      v = (v << 8) | (bytes[position + i] & 0xFF);
    }
    position += size;
    return v;
  }

  /**
   * Little-endian unsigned value of 1 to 8 bytes, as ZigBee ZCL fields are encoded (GBCS frames
   * and GBZ headers are big-endian).
   */
  public long littleEndian(int size, String expected) throws GbcsCodecException {
    require(size, expected);
    long v = 0;
    for (int i = size - 1; i >= 0; i--) {
      v = (v << 8) | (bytes[position + i] & 0xFF);
    }
    position += size;
    return v;
  }

  /** Consumes one byte that must equal {@code value}. */
  public void expect(int value, String expected) throws GbcsCodecException {
    int at = position;
    if (u8(expected) != value) {
      throw new GbcsCodecException(at, expected + String.format(" (0x%02X)", value));
    }
  }

  /** Consumes {@code length} bytes and returns them as a view of the underlying array. */
  public ByteSlice slice(int length, String expected) throws GbcsCodecException {
    require(length, expected);
    ByteSlice s = ByteSlice.wrap(bytes, position, length);
    position += length;
    return s;
  }

  public byte[] bytes(int length, String expected) throws GbcsCodecException {
    require(length, expected);
    byte[] b = new byte[length];
    System.arraycopy(bytes, position, b, 0, length);
    position += length;
    return b;
  }

  /**
   * A BER definite length in the three forms GBCS uses: one byte below 0x80, 0x81 n, 0x82 n n. A
   * longer form than needed is rejected, so that a decoded frame re-encodes to the same bytes.
   */
  public int berLength(String what) throws GbcsCodecException {
    int at = position;
    int first = u8("BER length of " + what);
    if (first < 0x80) {
      return first;
    }
    int value;
    if (first == 0x81) {
      value = u8("BER length of " + what);
      if (value < 0x80) {
        throw new GbcsCodecException(at, "the one-byte form for BER length " + value + " of " + what);
      }
    } else if (first == 0x82) {
      value = u16("BER length of " + what);
      if (value < 0x100) {
        throw new GbcsCodecException(at, "a shorter form for BER length " + value + " of " + what);
      }
    } else {
      throw new GbcsCodecException(at, "BER length of " + what + " (< 0x80, 0x81 or 0x82)");
    }
    return value;
  }

  /** Fails unless at least {@code n} bytes remain. */
  public void require(int n, String expected) throws GbcsCodecException {
    if (n < 0 || end - position < n) {
      throw new GbcsCodecException(
          Math.min(position, end), expected + " (" + n + " bytes, " + (end - position) + " left)");
    }
  }

  /** Fails unless every byte has been consumed. */
  public void expectEnd(String what) throws GbcsCodecException {
    if (position != end) {
      throw new GbcsCodecException(position, "end of " + what + ", " + (end - position) + " bytes more");
    }
  }
}

package org.dccsim.gbcs.frame;

import java.util.Arrays;

/** A growable big-endian byte sink for the encoders; sized up front where the length is known. */
public final class ByteWriter {

  private byte[] buffer;
  private int size;

  public ByteWriter(int initialCapacity) {
    this.buffer = new byte[Math.max(16, initialCapacity)];
  }

  public ByteWriter u8(int v) {
    ensure(1);
    buffer[size++] = (byte) v;
    return this;
  }

  public ByteWriter u16(int v) {
    ensure(2);
    buffer[size++] = (byte) (v >>> 8);
    buffer[size++] = (byte) v;
    return this;
  }

  public ByteWriter u32(long v) {
    return bigEndian(v, 4);
  }

  public ByteWriter u64(long v) {
    return bigEndian(v, 8);
  }

  public ByteWriter bigEndian(long v, int bytes) {
    ensure(bytes);
    for (int i = bytes - 1; i >= 0; i--) {
      buffer[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  /** The low {@code bytes} bytes of {@code v}, least significant first (ZigBee ZCL fields). */
  public ByteWriter littleEndian(long v, int bytes) {
    ensure(bytes);
    for (int i = 0; i < bytes; i++) {
      buffer[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  public ByteWriter bytes(byte[] b) {
    return bytes(b, 0, b.length);
  }

  public ByteWriter bytes(byte[] b, int offset, int length) {
    ensure(length);
    System.arraycopy(b, offset, buffer, size, length);
    size += length;
    return this;
  }

  public ByteWriter bytes(ByteSlice s) {
    return bytes(s.array(), s.offset(), s.length());
  }

  /** The shortest BER definite length form GBCS allows (up to 0x82 n n). */
  public ByteWriter berLength(int length) {
    if (length < 0 || length > 0xFFFF) {
      throw new IllegalArgumentException("GBCS lengths are 0..65535, not " + length);
    }
    if (length < 0x80) {
      return u8(length);
    }
    if (length < 0x100) {
      return u8(0x81).u8(length);
    }
    return u8(0x82).u16(length);
  }

  /** Bytes taken by {@link #berLength(int)} for {@code length}. */
  public static int berLengthSize(int length) {
    return length < 0x80 ? 1 : length < 0x100 ? 2 : 3;
  }

  public int size() {
    return size;
  }

  /** The bytes written; the writer must not be used afterwards (the array may be its own). */
  public byte[] toByteArray() {
    return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
  }

  private void ensure(int n) {
    if (size + n > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
    }
  }
}

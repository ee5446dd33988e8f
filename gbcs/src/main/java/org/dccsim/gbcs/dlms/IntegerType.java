package org.dccsim.gbcs.dlms;

/** The DLMS fixed-length integer data types: tag, size and signedness. */
public enum IntegerType {
  DOUBLE_LONG(5, 4, true),
  DOUBLE_LONG_UNSIGNED(6, 4, false),
  BCD(13, 1, false),
  INTEGER(15, 1, true),
  LONG(16, 2, true),
  UNSIGNED(17, 1, false),
  LONG_UNSIGNED(18, 2, false),
  LONG64(20, 8, true),
  LONG64_UNSIGNED(21, 8, false),
  ENUM(22, 1, false);

  private final int tag;
  private final int size;
  private final boolean signed;

  IntegerType(int tag, int size, boolean signed) {
    this.tag = tag;
    this.size = size;
    this.signed = signed;
  }

  public int tag() {
    return tag;
  }

  public int size() {
    return size;
  }

  /** long64-unsigned holds all 64 bits; read it with Long.toUnsignedString. */
  boolean accepts(long v) {
    if (size == 8) {
      return true;
    }
    int bits = size * 8;
    return signed
        ? v >= -(1L << (bits - 1)) && v < (1L << (bits - 1))
        : v >= 0 && v < (1L << bits);
  }

  long fromBits(long raw) {
    if (!signed || size == 8) {
      return raw;
    }
    int shift = 64 - size * 8;
    return (raw << shift) >> shift;
  }

  static IntegerType ofTag(int tag) {
    for (IntegerType t : values()) {
      if (t.tag == tag) {
        return t;
      }
    }
    return null;
  }
}

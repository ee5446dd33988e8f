package org.dccsim.gbcs.dlms;

/** A COSEM logical name (OBIS code) A-B:C.D.E.F, six bytes on the wire. */
public record ObisCode(int a, int b, int c, int d, int e, int f) {

  public ObisCode {
    for (int v : new int[] {a, b, c, d, e, f}) {
      if (v < 0 || v > 255) {
        throw new IllegalArgumentException("OBIS groups are 0..255: " + v);
      }
    }
  }

  public static ObisCode of(byte[] six, int offset) {
    return new ObisCode(
        six[offset] & 0xFF,
        six[offset + 1] & 0xFF,
        six[offset + 2] & 0xFF,
        six[offset + 3] & 0xFF,
        six[offset + 4] & 0xFF,
        six[offset + 5] & 0xFF);
  }

  public byte[] toBytes() {
    return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d, (byte) e, (byte) f};
  }

  @Override
  public String toString() {
    return a + "-" + b + ":" + c + "." + d + "." + e + "." + f;
  }
}

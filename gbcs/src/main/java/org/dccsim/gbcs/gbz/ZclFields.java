package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * ZCL field encodings outside the command layouts (attribute ids and values): little-endian
 * 16-bit integers and octet strings.
 */
final class ZclFields {

  private ZclFields() {}

  static int u16(ByteReader r, String what) throws GbcsCodecException {
    return (int) r.littleEndian(2, what);
  }

  static void u16(ByteWriter w, int v) {
    w.littleEndian(v, 2);
  }

  /** An octet or character string: one length byte, then the bytes (a view of the input). */
  static ByteSlice octets(ByteReader r, String what) throws GbcsCodecException {
    int length = r.u8("length of " + what);
    return r.slice(length, what);
  }

  static void octets(ByteWriter w, ByteSlice s) {
    if (s.length() > 0xFE) {
      throw new IllegalArgumentException("a ZCL octet string holds at most 254 bytes, not " + s.length());
    }
    w.u8(s.length()).bytes(s);
  }
}

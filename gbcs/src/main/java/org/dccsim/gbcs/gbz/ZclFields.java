package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** ZCL field encodings shared by the command records: little-endian integers and octet strings. */
final class ZclFields {

  private ZclFields() {}

  static int u16(ByteReader r, String what) throws GbcsCodecException {
    return (int) r.littleEndian(2, what);
  }

  static int u24(ByteReader r, String what) throws GbcsCodecException {
    return (int) r.littleEndian(3, what);
  }

  static long u32(ByteReader r, String what) throws GbcsCodecException {
    return r.littleEndian(4, what);
  }

  static int s32(ByteReader r, String what) throws GbcsCodecException {
    return (int) r.littleEndian(4, what);
  }

  static long u48(ByteReader r, String what) throws GbcsCodecException {
    return r.littleEndian(6, what);
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

  static void u16(ByteWriter w, int v) {
    w.littleEndian(v, 2);
  }

  static void u24(ByteWriter w, int v) {
    w.littleEndian(v, 3);
  }

  static void u32(ByteWriter w, long v) {
    w.littleEndian(v, 4);
  }

  static void u48(ByteWriter w, long v) {
    w.littleEndian(v, 6);
  }
}

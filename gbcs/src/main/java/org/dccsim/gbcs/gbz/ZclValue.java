package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * An attribute value with its ZCL data type, as read or written attributes carry it: a number of
 * fixed size (integers, bitmaps, enumerations, times, dates, addresses: the raw bits, unsigned),
 * or a string (octet or character, with a one- or two-byte length).
 */
public sealed interface ZclValue {

  int dataType();

  /** A fixed-size value of up to 8 bytes, held unsigned. */
  record Fixed(int dataType, long bits) implements ZclValue {
    public Fixed {
      int size = fixedSize(dataType);
      if (size <= 0) {
        throw new IllegalArgumentException(String.format("data type %02X is not a fixed-size type", dataType));
      }
      if (size < 8 && (bits >>> (8 * size)) != 0) {
        throw new IllegalArgumentException(
            String.format("value %X does not fit the %d bytes of data type %02X", bits, size, dataType));
      }
    }

    /** The value of a signed integer type (int8 .. int64), sign-extended. */
    public long signed() {
      int shift = 64 - 8 * fixedSize(dataType);
      return (bits << shift) >> shift;
    }
  }

  /** An octet string (41), character string (42) or their long forms (43, 44). */
  record Text(int dataType, ByteSlice value) implements ZclValue {
    public Text {
      if (dataType < OCTET_STRING || dataType > LONG_CHARACTER_STRING) {
        throw new IllegalArgumentException(String.format("data type %02X is not a string type", dataType));
      }
      int max = dataType >= LONG_OCTET_STRING ? 0xFFFE : 0xFE;
      if (value.length() > max) {
        throw new IllegalArgumentException("a string of data type " + dataType + " holds at most " + max + " bytes");
      }
    }
  }

  int BOOLEAN = 0x10;
  int BITMAP8 = 0x18;
  int BITMAP16 = 0x19;
  int UINT8 = 0x20;
  int UINT16 = 0x21;
  int UINT24 = 0x22;
  int UINT32 = 0x23;
  int UINT48 = 0x25;
  int INT32 = 0x2B;
  int ENUM8 = 0x30;
  int OCTET_STRING = 0x41;
  int CHARACTER_STRING = 0x42;
  int LONG_OCTET_STRING = 0x43;
  int LONG_CHARACTER_STRING = 0x44;
  int UTC_TIME = 0xE2;

  /** Bytes of a fixed-size ZCL data type, or 0 when the type is not fixed-size or not used by GBCS. */
  static int fixedSize(int type) {
    if (type >= 0x08 && type <= 0x0F || type >= 0x18 && type <= 0x1F || type >= 0x20 && type <= 0x27
        || type >= 0x28 && type <= 0x2F) {
      return (type & 0x07) + 1;
    }
    return switch (type) {
      case BOOLEAN, ENUM8 -> 1;
      case 0x31, 0x38, 0xE8, 0xE9 -> 2; // enum16, semi-precision, cluster id, attribute id
      case 0x39, 0xE0, 0xE1, UTC_TIME, 0xEA -> 4; // single, time of day, date, UTC, BACnet OID
      case 0x3A, 0xF0 -> 8; // double, IEEE address
      default -> 0;
    };
  }

  static ZclValue read(ByteReader r) throws GbcsCodecException {
    int at = r.position();
    int type = r.u8("ZCL data type");
    int size = fixedSize(type);
    if (size > 0) {
      return new Fixed(type, r.littleEndian(size, "value of data type " + Integer.toHexString(type)));
    }
    if (type == OCTET_STRING || type == CHARACTER_STRING) {
      return new Text(type, ZclFields.octets(r, "string value"));
    }
    if (type == LONG_OCTET_STRING || type == LONG_CHARACTER_STRING) {
      int length = ZclFields.u16(r, "length of long string value");
      return new Text(type, r.slice(length, "long string value"));
    }
    throw new GbcsCodecException(at, String.format("a ZCL data type GBCS uses, not %02X", type));
  }

  default void writeTo(ByteWriter w) {
    w.u8(dataType());
    if (this instanceof Fixed f) {
      w.littleEndian(f.bits(), fixedSize(f.dataType()));
    } else if (this instanceof Text t) {
      if (t.dataType() >= LONG_OCTET_STRING) {
        ZclFields.u16(w, t.value().length());
        w.bytes(t.value());
      } else {
        ZclFields.octets(w, t.value());
      }
    }
  }
}

package org.dccsim.gbcs.dlms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * A DLMS/COSEM Data value (IEC 62056-6-2 / Green Book), as carried in GBCS access requests,
 * responses and data notifications. Each variant keeps exactly what its encoding holds, so that
 * decoding and re-encoding give the same bytes.
 */
public sealed interface DlmsData {

  /** Tag 0. */
  record NullData() implements DlmsData {
    public static final NullData INSTANCE = new NullData();
  }

  /** Tag 1: elements of one type (not checked here). */
  record DlmsArray(List<DlmsData> elements) implements DlmsData {
    public DlmsArray {
      elements = List.copyOf(elements);
    }
  }

  /** Tag 2. */
  record Structure(List<DlmsData> elements) implements DlmsData {
    public Structure {
      elements = List.copyOf(elements);
    }
  }

  /**
   * Tag 3: zero is false, any other octet true. The octet is kept because encoders differ (RTDS
   * has both 01 and FF), and a re-encoded message must not change.
   */
  record BooleanValue(int octet) implements DlmsData {
    public static final BooleanValue TRUE = new BooleanValue(0xFF);
    public static final BooleanValue FALSE = new BooleanValue(0);

    public BooleanValue {
      if (octet < 0 || octet > 0xFF) {
        throw new IllegalArgumentException("a boolean is one octet: " + octet);
      }
    }

    public boolean value() {
      return octet != 0;
    }
  }

  /** Tag 4: {@code bits} bits, packed most significant first into ceil(bits / 8) bytes. */
  record BitString(int bits, ByteSlice value) implements DlmsData {
    public BitString {
      Objects.requireNonNull(value);
      if (bits < 0 || value.length() != (bits + 7) / 8) {
        throw new IllegalArgumentException(bits + " bits do not fill " + value.length() + " bytes");
      }
    }
  }

  /** The fixed-size integer types (and enum), with their range. */
  record IntegerValue(IntegerType type, long value) implements DlmsData {
    public IntegerValue {
      Objects.requireNonNull(type);
      if (!type.accepts(value)) {
        throw new IllegalArgumentException(value + " is out of range for " + type);
      }
    }
  }

  /** Tag 9. */
  record OctetString(ByteSlice value) implements DlmsData {
    public OctetString {
      Objects.requireNonNull(value);
    }

    public static OctetString of(byte[] bytes) {
      return new OctetString(ByteSlice.copyOf(bytes));
    }
  }

  /** Tag 10 (ASCII) or 12 (UTF-8). */
  record TextString(boolean utf8, ByteSlice value) implements DlmsData {
    public TextString {
      Objects.requireNonNull(value);
    }

    public static TextString visible(String text) {
      return new TextString(false, ByteSlice.copyOf(text.getBytes(StandardCharsets.US_ASCII)));
    }

    public String text() {
      return new String(
          value.array(),
          value.offset(),
          value.length(),
          utf8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
    }
  }

  /** Tag 23 (4 bytes) or 24 (8 bytes), kept as IEEE 754 bits. */
  record FloatValue(boolean doublePrecision, long bits) implements DlmsData {}

  /** Tag 25. */
  record DateTimeValue(CosemDateTime value) implements DlmsData {
    public DateTimeValue {
      Objects.requireNonNull(value);
    }
  }

  /** Tag 26 (date, 5 bytes) or 27 (time, 4 bytes), kept as bytes: fields may be wildcards. */
  record DateOrTime(boolean date, ByteSlice value) implements DlmsData {
    public DateOrTime {
      if (value.length() != (date ? 5 : 4)) {
        throw new IllegalArgumentException((date ? "a date is 5" : "a time is 4") + " bytes");
      }
    }
  }

  /**
   * Tag 19: a compact array (GBCS logs and profile buffers), i.e. a type description and elements
   * of that type, which the encoding sends without their tags. Every element must fit the
   * description; a description whose values take no bytes cannot carry elements, since a decoder
   * could not count them.
   */
  record CompactArray(DlmsTypeDescription description, List<DlmsData> elements) implements DlmsData {
    public CompactArray {
      Objects.requireNonNull(description);
      elements = List.copyOf(elements);
      if (!elements.isEmpty() && description.encodesToNothing()) {
        throw new IllegalArgumentException("elements of " + description + " take no bytes");
      }
      for (DlmsData e : elements) {
        if (!description.describes(e)) {
          throw new IllegalArgumentException(e + " does not fit " + description);
        }
      }
    }
  }

  static DlmsData nullData() {
    return NullData.INSTANCE;
  }

  static Structure structure(DlmsData... elements) {
    return new Structure(List.of(elements));
  }

  static DlmsArray array(DlmsData... elements) {
    return new DlmsArray(List.of(elements));
  }

  static IntegerValue unsigned(int v) {
    return new IntegerValue(IntegerType.UNSIGNED, v);
  }

  static IntegerValue longUnsigned(int v) {
    return new IntegerValue(IntegerType.LONG_UNSIGNED, v);
  }

  static IntegerValue integer(int v) {
    return new IntegerValue(IntegerType.INTEGER, v);
  }

  static IntegerValue enumValue(int v) {
    return new IntegerValue(IntegerType.ENUM, v);
  }

  static IntegerValue doubleLongUnsigned(long v) {
    return new IntegerValue(IntegerType.DOUBLE_LONG_UNSIGNED, v);
  }

  static OctetString octetString(byte[] bytes) {
    return OctetString.of(bytes);
  }
}

package org.dccsim.gbcs.dlms;

import java.util.List;
import java.util.Objects;

/**
 * The type description of a DLMS compact array (tag 19): the type of every element, so that the
 * elements themselves are sent without tags, without the counts of their arrays and structures,
 * and only variable-size values (bit-, octet- and text strings) keep their length. GBCS devices use
 * it for profile and log buffers (e.g. ECS23 load profile, ECS35 event logs).
 */
public sealed interface DlmsTypeDescription {

  /** A type that holds a single value: any data type but array, structure and compact array. */
  record Simple(int tag) implements DlmsTypeDescription {
    public Simple {
      if (!isSimpleTag(tag)) {
        throw new IllegalArgumentException("not a simple DLMS type: tag " + tag);
      }
    }
  }

  /**
   * An array of exactly {@code count} elements of one type (tag 1, count on 2 bytes). Its elements
   * must take at least one byte each, so that reading an array costs no more than its bytes.
   */
  record ArrayOf(int count, DlmsTypeDescription element) implements DlmsTypeDescription {
    public ArrayOf {
      Objects.requireNonNull(element);
      if (count < 0 || count > 0xFFFF) {
        throw new IllegalArgumentException("a described array has 0..65535 elements: " + count);
      }
      if (count > 0 && element.encodesToNothing()) {
        throw new IllegalArgumentException("array elements of " + element + " take no bytes");
      }
    }
  }

  /** A structure of the given element types, in order (tag 2). */
  record StructureOf(List<DlmsTypeDescription> elements) implements DlmsTypeDescription {
    public StructureOf {
      elements = List.copyOf(elements);
    }
  }

  static Simple simple(int tag) {
    return new Simple(tag);
  }

  static StructureOf structureOf(DlmsTypeDescription... elements) {
    return new StructureOf(List.of(elements));
  }

  /**
   * Whether {@code tag} is a DLMS type that holds one value (and may therefore be described as
   * such): null-data, boolean, bit-string, the integers, octet-, visible- and UTF-8 strings, BCD,
   * enum, the floats, date-time, date and time.
   */
  static boolean isSimpleTag(int tag) {
    return tag == 0
        || tag >= 3 && tag <= 6
        || tag == 9
        || tag == 10
        || tag >= 12 && tag <= 27 && tag != 14 && tag != 19;
  }

  /** Whether every value of this type is encoded in zero bytes (null-data or empty containers). */
  default boolean encodesToNothing() {
    if (this instanceof Simple s) {
      return s.tag() == 0;
    }
    if (this instanceof ArrayOf a) {
      return a.count() == 0 || a.element().encodesToNothing();
    }
    return ((StructureOf) this).elements().stream().allMatch(DlmsTypeDescription::encodesToNothing);
  }

  /** Whether {@code data} has exactly this type (for arrays: this many elements). */
  default boolean describes(DlmsData data) {
    if (this instanceof Simple s) {
      return DlmsCodec.tagOf(data) == s.tag();
    }
    if (this instanceof ArrayOf a) {
      return data instanceof DlmsData.DlmsArray array
          && array.elements().size() == a.count()
          && array.elements().stream().allMatch(a.element()::describes);
    }
    List<DlmsTypeDescription> types = ((StructureOf) this).elements();
    if (!(data instanceof DlmsData.Structure structure) || structure.elements().size() != types.size()) {
      return false;
    }
    for (int i = 0; i < types.size(); i++) {
      if (!types.get(i).describes(structure.elements().get(i))) {
        return false;
      }
    }
    return true;
  }
}

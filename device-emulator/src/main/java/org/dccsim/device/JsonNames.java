package org.dccsim.device;

import java.util.Locale;

/** How enum values are spelled in dccsim's JSON files: SINGLE_ELEMENT is "singleElement". */
public final class JsonNames {

  private JsonNames() {}

  public static String camel(Enum<?> value) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : value.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /** The value of {@code type} spelled {@code name}; null when none is. */
  public static <E extends Enum<E>> E find(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (camel(e).equals(name)) {
        return e;
      }
    }
    return null;
  }
}

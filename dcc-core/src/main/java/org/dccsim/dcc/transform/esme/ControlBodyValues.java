package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.TransformValues.invalid;

import java.nio.charset.StandardCharsets;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;

/**
 * The DUIS simple types the ESME control requests use beyond {@link TransformValues}: bounded
 * integers, xs:boolean, index attributes, enumerations and printable ASCII. Each refusal names the
 * element and what DUIS allows there (E45).
 */
final class ControlBodyValues {

  static final long UNSIGNED_INT_MAX = 0xFFFF_FFFFL;
  static final long UNSIGNED_SHORT_MAX = 0xFFFF;

  private ControlBodyValues() {}

  /** An integer attribute within [min, max], e.g. the switch {@code index} 1..5. */
  static int attribute(BodyElement element, String name, int min, int max) throws RequestRefused {
    String where = element.localName() + "/@" + name;
    String t = element.attribute(name).map(String::trim)
        .orElseThrow(() -> invalid(where, "present"));
    int v;
    try {
      v = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw invalid(where, "an integer, not '" + t + "'");
    }
    if (v < min || v > max) {
      throw invalid(where, "an integer from " + min + " to " + max + ", not " + v);
    }
    return v;
  }

  /** The value of an enumerated child: its index in {@code allowed}. */
  static int choice(BodyElement parent, String name, String... allowed) throws RequestRefused {
    String t = TransformValues.text(parent, name);
    for (int i = 0; i < allowed.length; i++) {
      if (allowed[i].equals(t)) {
        return i;
      }
    }
    throw invalid(parent.localName() + "/" + name, "one of " + String.join(", ", allowed) + ", not '" + t + "'");
  }

  /** Printable ASCII ({@code [ -~]}) of a bounded length, as written (xs:string keeps spaces), as bytes. */
  static byte[] printable(BodyElement parent, String name, int minLength, int maxLength) throws RequestRefused {
    String t = TransformValues.child(parent, name).text();
    if (t.length() < minLength || t.length() > maxLength) {
      throw invalid(parent.localName() + "/" + name,
          minLength + " to " + maxLength + " characters, not " + t.length());
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < ' ' || c > '~') {
        throw invalid(parent.localName() + "/" + name, "printable ASCII only");
      }
    }
    return t.getBytes(StandardCharsets.US_ASCII);
  }
}

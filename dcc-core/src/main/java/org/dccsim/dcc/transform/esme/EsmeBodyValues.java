package org.dccsim.dcc.transform.esme;

import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;

/** Body values with the ranges their DLMS types can hold; anything else is refused by name. */
final class EsmeBodyValues {

  private EsmeBodyValues() {}

  /** The integer text of an element itself (e.g. an indexed price), within a range. */
  static long integer(BodyElement element, long min, long max) throws RequestRefused {
    String t = element.text().trim();
    try {
      long v = Long.parseLong(t);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw TransformValues.invalid(element.localName(), "an integer from " + min + " to " + max + ", not '" + t + "'");
  }

  /** The 1-based "index" attribute of an indexed element, at most {@code max}. */
  static int index(BodyElement element, int max) throws RequestRefused {
    String t = element.attribute("index").map(String::trim).orElse("");
    try {
      int i = Integer.parseInt(t);
      if (i >= 1 && i <= max) {
        return i;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw TransformValues.invalid(element.localName() + "/@index", "an index from 1 to " + max + ", not '" + t + "'");
  }
}

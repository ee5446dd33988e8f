package org.dccsim.dcc.transform.esme;

import java.nio.charset.StandardCharsets;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;

/** Text the ESME shows or stores (messages, supplier name and number) as octet strings. */
final class EsmeTexts {

  private EsmeTexts() {}

  /**
   * The element's text as printable ASCII bytes, as DUIS restricts it ([ -~]), of at most
   * {@code maxLength} characters; not trimmed, since spaces are part of a display message.
   */
  static byte[] printableAscii(BodyElement parent, String name, int maxLength) throws RequestRefused {
    String t = parent.childText(name)
        .orElseThrow(() -> TransformValues.invalid(parent.localName() + "/" + name, "present"));
    if (t.isEmpty() || t.length() > maxLength) {
      throw TransformValues.invalid(parent.localName() + "/" + name, "1 to " + maxLength + " characters");
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < ' ' || c > '~') {
        throw TransformValues.invalid(parent.localName() + "/" + name, "printable ASCII only");
      }
    }
    return t.getBytes(StandardCharsets.US_ASCII);
  }
}

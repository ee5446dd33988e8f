package org.dccsim.dcc.xmldsig;

import java.util.Base64;

/**
 * xs:base64Binary as XML carries it: whitespace anywhere (signers break lines every 76 characters,
 * some with CR LF written as {@code &#13;}) is ignored; any other non-base64 character is an error.
 */
public final class Base64Binary {

  private Base64Binary() {}

  /** @throws IllegalArgumentException for text that is not base64 */
  public static byte[] decode(CharSequence text) {
    StringBuilder compact = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean whitespace = c == ' ' || c == '\t' || c == '\r' || c == '\n';
      if (whitespace && compact == null) {
        compact = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!whitespace && compact != null) {
        compact.append(c);
      }
    }
    return Base64.getDecoder().decode((compact == null ? text : compact).toString());
  }
}

package org.dccsim.smki;

/**
 * SMKI material is unusable: a malformed or non-conforming certificate or key, a store that does
 * not hold what it should. The message names the field or file at fault.
 */
public class SmkiException extends RuntimeException {

  public SmkiException(String message) {
    super(message);
  }

  public SmkiException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The message of the innermost cause: what a parser actually objected to. */
  static String causeMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }
}

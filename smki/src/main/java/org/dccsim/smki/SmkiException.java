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
}

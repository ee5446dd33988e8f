package org.dccsim.gbcs.security;

/** A GBCS cryptographic check failed: a sensitive payload whose GCM tag does not verify. */
public final class GbcsSecurityException extends Exception {

  public GbcsSecurityException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.dccsim.gbcs.usecase;

/** A message code, or use case, that the GBCS message-code table does not hold. */
public final class UnknownMessageCodeException extends Exception {

  public UnknownMessageCodeException(String message) {
    super(message);
  }
}

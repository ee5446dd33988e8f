package org.dccsim.gbcs.usecase;

/**
 * A well-formed GBCS message that is not what the use case expects: another message code, CRA
 * flag, invoke id, COSEM object or value. Names the field at fault.
 */
public final class UnexpectedPayloadException extends Exception {

  public UnexpectedPayloadException(String useCase, String field, Object expected, Object actual) {
    super(useCase + ": " + field + " should be " + expected + ", not " + actual);
  }
}

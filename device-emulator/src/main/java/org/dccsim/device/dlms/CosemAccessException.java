package org.dccsim.device.dlms;

/**
 * An attribute or method access that failed with a DLMS result code. Thrown on the command path,
 * so it carries no stack trace: a failed access is an answer, not a bug.
 */
public final class CosemAccessException extends Exception {

  private final int result;

  public CosemAccessException(int result, String message) {
    super(message, null, false, false);
    if (result == AccessResult.SUCCESS || !AccessResult.isValid(result)) {
      throw new IllegalArgumentException("a failure result is 1..255, not " + result);
    }
    this.result = result;
  }

  /** The data-access-result or action-result to answer with. */
  public int result() {
    return result;
  }
}

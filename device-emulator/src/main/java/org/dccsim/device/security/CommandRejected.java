package org.dccsim.device.security;

/**
 * A device refused a command. GBCS devices do not answer such commands; they log a security
 * event (and for some failures raise an alert), so this never becomes a response.
 */
public final class CommandRejected extends Exception {

  /** Which check failed, in the order the device applies them. */
  public enum Reason {
    MALFORMED,
    NOT_FOR_THIS_DEVICE,
    NOT_A_COMMAND,
    MAC_MISSING,
    MAC_INVALID,
    UNKNOWN_MESSAGE_CODE,
    NOT_SUPPORTED_BY_DEVICE,
    SENDER_NOT_AUTHORISED,
    COUNTER_NOT_INCREASING,
    SIGNATURE_MISSING,
    SIGNATURE_INVALID,
    PAYLOAD_INVALID
  }

  private final Reason reason;

  public CommandRejected(Reason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String toString() {
    return reason + ": " + getMessage();
  }
}

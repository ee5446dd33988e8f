package org.dccsim.gbcs.frame;

/**
 * The CRA flag of a General-Signing transaction id: whether the message is a Command, a Response
 * or an Alert. Its value is also the KDF mode byte of the message's MAC.
 */
public enum CraFlag {
  COMMAND(1),
  RESPONSE(2),
  ALERT(3);

  private final int code;

  CraFlag(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** @return the flag, or null when {@code code} is not 1, 2 or 3 */
  static CraFlag ofCode(int code) {
    return switch (code) {
      case 1 -> COMMAND;
      case 2 -> RESPONSE;
      case 3 -> ALERT;
      default -> null;
    };
  }
}

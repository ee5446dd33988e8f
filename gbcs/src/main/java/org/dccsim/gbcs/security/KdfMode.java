package org.dccsim.gbcs.security;

import org.dccsim.gbcs.frame.CraFlag;

/**
 * The mode byte of the GBCS key derivation: it separates the keys of commands, responses and
 * alerts (the MAC of each) from the key that encrypts a sensitive payload.
 */
public enum KdfMode {
  COMMAND(1),
  RESPONSE(2),
  ALERT(3),
  PAYLOAD_ENCRYPTION(4);

  private final int code;

  KdfMode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The MAC mode of a message with this CRA flag. */
  public static KdfMode of(CraFlag cra) {
    return switch (cra) {
      case COMMAND -> COMMAND;
      case RESPONSE -> RESPONSE;
      case ALERT -> ALERT;
    };
  }
}

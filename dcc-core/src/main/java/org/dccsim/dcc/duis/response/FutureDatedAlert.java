package org.dccsim.dcc.duis.response;

import java.util.Objects;

/**
 * sr:FutureDatedDeviceAlertMessage inside a ResponseMessage: the outcome of a future-dated command
 * the device executed (8F66 success, 8F67 failure), with the GBCS alert, for SRVs whose
 * future-dated pattern is "Device".
 *
 * @param instructionNumber which instruction of the command this alert reports (1-based)
 */
public record FutureDatedAlert(int alertCode, byte[] gbcs, int instructionNumber, int totalCommandInstructions)
    implements ResponsePayload {

  public static final int EXECUTED = 0x8F66;
  public static final int NOT_EXECUTED = 0x8F67;

  public FutureDatedAlert {
    Objects.requireNonNull(gbcs, "gbcs");
    if (alertCode != EXECUTED && alertCode != NOT_EXECUTED) {
      throw new IllegalArgumentException("a future-dated outcome is 8F66 or 8F67, not " + Integer.toHexString(alertCode));
    }
    if (instructionNumber < 1 || instructionNumber > totalCommandInstructions || totalCommandInstructions > 0xFFFF) {
      throw new IllegalArgumentException("instruction " + instructionNumber + " of " + totalCommandInstructions);
    }
  }
}

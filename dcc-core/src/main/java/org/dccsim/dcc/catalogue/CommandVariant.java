package org.dccsim.dcc.catalogue;

import java.util.Optional;

/**
 * DUIS Command Variants: what the User sends (a Service Request or a Signed Pre-Command), where the
 * result goes (the device over the SM WAN, back to the User for local delivery, or both) and
 * which web service accepts it.
 */
public enum CommandVariant {
  SR_TO_WAN(1, DuisService.SEND_COMMAND, false, true, false),
  SR_TO_LOCAL(2, DuisService.NON_DEVICE, false, false, true),
  SR_TO_WAN_AND_LOCAL(3, DuisService.SEND_COMMAND, false, true, true),
  SR_TO_PRE_COMMAND(4, DuisService.TRANSFORM, false, false, false),
  SIGNED_PRE_COMMAND_TO_WAN(5, DuisService.SEND_COMMAND, true, true, false),
  SIGNED_PRE_COMMAND_TO_LOCAL(6, DuisService.NON_DEVICE, true, false, true),
  SIGNED_PRE_COMMAND_TO_WAN_AND_LOCAL(7, DuisService.SEND_COMMAND, true, true, true),
  NON_DEVICE(8, DuisService.NON_DEVICE, false, false, false);

  private final int number;
  private final DuisService service;
  private final boolean signedPreCommand;
  private final boolean viaWan;
  private final boolean localDelivery;

  CommandVariant(
      int number, DuisService service, boolean signedPreCommand, boolean viaWan, boolean localDelivery) {
    this.number = number;
    this.service = service;
    this.signedPreCommand = signedPreCommand;
    this.viaWan = viaWan;
    this.localDelivery = localDelivery;
  }

  public int number() {
    return number;
  }

  /** The only web service that accepts this variant; any other answers E13. */
  public DuisService service() {
    return service;
  }

  /** Carries a User-signed Pre-Command rather than a Service Request body. */
  public boolean carriesSignedPreCommand() {
    return signedPreCommand;
  }

  public boolean sendsViaWan() {
    return viaWan;
  }

  public boolean returnsLocalCommand() {
    return localDelivery;
  }

  /** Variants 1–8; 9 is internal to the DCC and not accepted from Users. */
  public static Optional<CommandVariant> of(int number) {
    for (CommandVariant cv : values()) {
      if (cv.number == number) {
        return Optional.of(cv);
      }
    }
    return Optional.empty();
  }
}

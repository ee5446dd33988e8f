package org.dccsim.gbcs.gbz;

import java.util.List;
import java.util.Objects;

/**
 * A GBZ payload (first bytes 01 09, the ZigBee Smart Energy profile id): the ZCL-based payload of
 * GBCS commands, responses and alerts for the GSME and GPF.
 */
public sealed interface GbzPayload {

  int PROFILE_ID = 0x0109;

  /** A command or response: the use case components, in order. */
  record UseCase(List<GbzComponent> components) implements GbzPayload {
    public UseCase {
      components = List.copyOf(components);
      if (components.size() > 0xFF) {
        throw new IllegalArgumentException("a GBZ payload holds at most 255 components, not " + components.size());
      }
    }

    public static UseCase of(GbzComponent... components) {
      return new UseCase(List.of(components));
    }
  }

  /** An alert: its code, the time it was raised and what it carries. */
  record Alert(int alertCode, ZclUtcTime timestamp, GbzAlertBody body) implements GbzPayload {
    public static final int FUTURE_DATED_ACTIONED = 0x8F66;
    public static final int FUTURE_DATED_NOT_ACTIONED = 0x8F67;
    public static final int FIRMWARE_VERIFICATION_FAILED = 0x8F1C;
    public static final int FIRMWARE_VERIFICATION_SUCCESSFUL = 0x8F72;
    public static final int INTEGRITY_ISSUE_WARNING = 0x81A0;

    public Alert {
      // alert codes have the top bit set: that is what tells an alert from a component list
      if (alertCode < 0x8000 || alertCode > 0xFFFF) {
        throw new IllegalArgumentException(String.format("a GBZ alert code is 8000..FFFF, not %X", alertCode));
      }
      Objects.requireNonNull(timestamp);
      Objects.requireNonNull(body);
    }
  }
}

package org.dccsim.gbcs.gbz;

import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * What follows the alert code and time stamp of a GBZ alert. Most alerts carry nothing; a few
 * carry a fixed structure of their own (future-dated outcome, firmware hash, integrity warning)
 * and some carry use case components (billing data log updated).
 */
public sealed interface GbzAlertBody {

  /** How many components the payload header counts for this body. */
  int componentCount();

  record None() implements GbzAlertBody {
    @Override
    public int componentCount() {
      return 0;
    }
  }

  record Components(List<GbzComponent> components) implements GbzAlertBody {
    public Components {
      components = List.copyOf(components);
      if (components.isEmpty() || components.size() > 0xFF) {
        throw new IllegalArgumentException("an alert carries 1 to 255 components, not " + components.size());
      }
    }

    @Override
    public int componentCount() {
      return components.size();
    }
  }

  /**
   * Alerts 8F66 / 8F67: which future-dated command was (not) actioned: its message code and
   * originator counter, and the cluster, frame control and command id of the ZCL command.
   */
  record FutureDatedOutcome(int messageCode, long originatorCounter, int clusterId, int frameControl, int commandId)
      implements GbzAlertBody {
    /** The length byte that starts the body: the 14 bytes that follow it. */
    public static final int LENGTH = 14;

    @Override
    public int componentCount() {
      return 1;
    }
  }

  /** Alerts 8F1C / 8F72: the 32-byte hash of the firmware image the device calculated. */
  record FirmwareHash(ByteSlice hash) implements GbzAlertBody {
    /** The two bytes before the hash (an octet-string tag 09 and length 20). */
    public static final int PREFIX = 0x0920;

    public FirmwareHash {
      if (hash.length() != 32) {
        throw new IllegalArgumentException("a firmware hash is 32 bytes, not " + hash.length());
      }
    }

    @Override
    public int componentCount() {
      return 1;
    }
  }

  /** Alert 81A0: the kind of integrity issue (2 bytes). */
  record IntegrityIssueWarning(int warning) implements GbzAlertBody {
    @Override
    public int componentCount() {
      return 1;
    }
  }
}

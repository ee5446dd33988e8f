package org.dccsim.dcc.catalogue;

import java.util.Set;

/**
 * One DUIS Service Reference Variant (e.g. 4.1.1 Read Instantaneous Import Registers) with the
 * facts the DCC checks before acting on it.
 *
 * @param bodyElement local name of the request body element, e.g. {@code ReadInventory}
 */
public record ServiceReferenceVariant(
    String variant,
    String serviceReference,
    String name,
    boolean critical,
    boolean nonDevice,
    boolean onDemand,
    boolean dccSchedulable,
    FutureDatedPattern futureDatedPattern,
    Set<UserRole> eligibleRoles,
    String bodyElement) {

  public ServiceReferenceVariant {
    eligibleRoles = Set.copyOf(eligibleRoles);
  }

  /**
   * Whether a Command Variant fits this SRV (else E12): non-device SRs take only CV 8; critical
   * SRs take CV 4 (transform) and the Signed Pre-Command variants 5–7; the rest take CV 1–3.
   */
  public boolean accepts(CommandVariant cv) {
    if (nonDevice) {
      return cv == CommandVariant.NON_DEVICE;
    }
    if (critical) {
      return cv == CommandVariant.SR_TO_PRE_COMMAND || cv.carriesSignedPreCommand();
    }
    return cv == CommandVariant.SR_TO_WAN
        || cv == CommandVariant.SR_TO_LOCAL
        || cv == CommandVariant.SR_TO_WAN_AND_LOCAL;
  }

  @Override
  public String toString() {
    return variant + " " + name;
  }
}

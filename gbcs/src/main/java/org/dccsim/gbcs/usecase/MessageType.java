package org.dccsim.gbcs.usecase;

/**
 * How GBCS protects a message code's messages, in the terms of the DUIS GBCS mapping table:
 * SME.C.C critical command (signed by the User, MAC by the ACB; signed response), SME.C.NC
 * non-critical command (MAC only), SME.A.C / SME.A.NC critical and non-critical alerts,
 * SME.C.PPMID-GSME a HAN-only command between devices, and use cases whose criticality GBCS sets
 * per variant (e.g. CS02a with a MAC or a signature).
 */
public enum MessageType {
  CRITICAL_COMMAND,
  NON_CRITICAL_COMMAND,
  CRITICAL_ALERT,
  NON_CRITICAL_ALERT,
  HAN_COMMAND,
  BY_VARIANT;

  public boolean isAlert() {
    return this == CRITICAL_ALERT || this == NON_CRITICAL_ALERT;
  }
}

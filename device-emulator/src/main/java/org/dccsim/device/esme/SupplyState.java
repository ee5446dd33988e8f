package org.dccsim.device.esme;

/** The ESME's load switch as GBCS describes it. */
public enum SupplyState {
  ENABLED,
  DISABLED,
  /** Disabled, and enabled locally when the consumer presses the button. */
  ARMED
}

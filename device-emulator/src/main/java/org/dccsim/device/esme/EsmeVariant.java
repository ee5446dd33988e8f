package org.dccsim.device.esme;

/**
 * The metering arrangement of an ESME, as DUIS ESME variants name them: A single element, B twin
 * element (a second, separately switched element, e.g. for storage heating), C polyphase (three
 * phases with per-phase registers and supply outage alerts).
 */
public enum EsmeVariant {
  SINGLE_ELEMENT("A"),
  TWIN_ELEMENT("B"),
  POLYPHASE("C");

  private final String duisVariant;

  EsmeVariant(String duisVariant) {
    this.duisVariant = duisVariant;
  }

  /** The DUIS ESMEVariant letter. */
  public String duisVariant() {
    return duisVariant;
  }
}

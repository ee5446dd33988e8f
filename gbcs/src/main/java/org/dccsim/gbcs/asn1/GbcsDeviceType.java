package org.dccsim.gbcs.asn1;

/** The GBCS DeviceType of a device log entry or join command (INTEGER 0..6). */
public enum GbcsDeviceType {
  GSME,
  ESME,
  /** communicationsHubCommunicationsHubFunction. */
  CHF,
  /** communicationsHubGasProxyFunction. */
  GPF,
  /** type1HANConnectedAuxiliaryLoadControlSwitch. */
  HCALCS,
  /** type1PrepaymentInterfaceDevice. */
  PPMID,
  /** A Type 2 device (e.g. an IHD). */
  TYPE_2;

  public int code() {
    return ordinal();
  }
}

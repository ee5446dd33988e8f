package org.dccsim.device;

/** The SMETS2 device types the emulator models. */
public enum DeviceKind {
  ESME,
  GSME,
  CHF,
  GPF,
  PPMID,
  HCALCS,
  IHD
}

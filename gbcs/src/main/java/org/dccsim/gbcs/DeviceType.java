package org.dccsim.gbcs;

/**
 * Smart metering device types, named as DUIS and the Smart Metering Inventory name them: the
 * electricity and gas meters, the Comms Hub Function and Gas Proxy Function, prepayment and load
 * control devices, and the IHD and CAD that have no GBCS traffic of their own.
 */
public enum DeviceType {
  ESME,
  GSME,
  GPF,
  CHF,
  HCALCS,
  PPMID,
  IHD,
  CAD
}

package org.dccsim.dcc.inventory;

/** Device types of the Smart Metering Inventory, as DUIS names them. */
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

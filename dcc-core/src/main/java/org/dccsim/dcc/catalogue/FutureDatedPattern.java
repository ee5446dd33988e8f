package org.dccsim.dcc.catalogue;

/** Who holds a future-dated Service Request until its time: nobody, the DCC, the device, or both. */
public enum FutureDatedPattern {
  NONE,
  DSP,
  DEVICE,
  DSP_AND_DEVICE
}

package org.dccsim.device.zcl;

/** A device whose behaviour is a {@link ZclEngine}'s: it keeps the engine's per-device memory. */
public interface ZclDevice {

  /** The device's ZCL memory, or null while it holds nothing of its own. */
  ZclMemory zclMemory();

  /** The device's ZCL memory, created if needed. */
  ZclMemory zclMemoryForWrite();
}

package org.dccsim.device.dlms;

/**
 * A device whose commands a {@link CosemEngine} executes: it keeps a {@link CosemMemory} (its
 * written attributes, pins and faults) only once it has any, so that a device at rest pays one
 * reference for all of it.
 */
public interface CosemDevice {

  /**
   * The device's COSEM memory.
   *
   * @param create whether to create it when the device has none yet
   * @return the memory, or null when there is none and {@code create} is false
   */
  CosemMemory cosemMemory(boolean create);
}

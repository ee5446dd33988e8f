package org.dccsim.device.population;

import org.dccsim.smki.Eui64;

/**
 * How a population numbers its devices: premises {@code i} owns the eight EUI-64s from
 * {@code prefix + 8·i}, one per {@link DeviceSlot} (CHF +0, ESME +1, GSME +2, GPF +3, PPMID +4,
 * IHD +5, HCALCS +6, +7 spare). So a device's premises and slot are arithmetic on its EUI-64 and
 * the population needs no map from EUI-64 to device. The default prefix 02-DC-C5 is a locally
 * administered, unicast OUI, so it cannot collide with a real manufacturer's devices.
 */
public final class EuiPlan {

  public static final long DEFAULT_PREFIX = 0x02DCC5_0000000000L;
  private static final int SLOTS_PER_PREMISES = 8;

  private final long prefix;
  private final long premises;

  /**
   * @param prefix the first EUI-64 of the plan; its low 40 bits must be zero
   * @param premises how many premises
   */
  public EuiPlan(long prefix, long premises) {
    if ((prefix & 0xFF_FFFF_FFFFL) != 0) {
      throw new IllegalArgumentException("the prefix must leave the low 40 bits free: " + Long.toHexString(prefix));
    }
    if (premises < 0 || premises > (1L << 37)) {
      throw new IllegalArgumentException("premises out of range: " + premises);
    }
    this.prefix = prefix;
    this.premises = premises;
  }

  public long premises() {
    return premises;
  }

  public Eui64 eui(long premisesIndex, DeviceSlot slot) {
    return new Eui64(prefix + premisesIndex * SLOTS_PER_PREMISES + slot.ordinal());
  }

  /** Whether {@code eui} is a slot of one of this plan's premises (the device may still be absent). */
  public boolean contains(Eui64 eui) {
    long offset = eui.value() - prefix;
    return offset >= 0 && offset < premises * SLOTS_PER_PREMISES
        && DeviceSlot.ofOffset((int) (offset % SLOTS_PER_PREMISES)) != null;
  }

  /** The premises of a contained EUI-64; -1 when the plan does not contain it. */
  public long premisesOf(Eui64 eui) {
    return contains(eui) ? (eui.value() - prefix) / SLOTS_PER_PREMISES : -1;
  }

  /** The slot of a contained EUI-64; null when the plan does not contain it. */
  public DeviceSlot slotOf(Eui64 eui) {
    return contains(eui) ? DeviceSlot.ofOffset((int) ((eui.value() - prefix) % SLOTS_PER_PREMISES)) : null;
  }
}

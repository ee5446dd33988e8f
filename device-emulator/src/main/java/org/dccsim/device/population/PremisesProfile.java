package org.dccsim.device.population;

import org.dccsim.device.esme.EsmeVariant;
import org.dccsim.device.CspRegion;

/**
 * The make-up of one premises, a pure function of the population description and the premises'
 * index (see {@link PopulationDescription#profile}): nothing of it is stored.
 *
 * @param esmeVariant the ESME's variant, or null without electricity
 * @param noWan a "no-WAN install": the Comms Hub was installed where there is no WAN coverage, so
 *     the DCC cannot reach the premises and nothing from it arrives
 */
public record PremisesProfile(
    long index,
    CspRegion region,
    Fuel fuel,
    EsmeVariant esmeVariant,
    boolean ppmid,
    boolean ihd,
    boolean hcalcs,
    boolean prepayment,
    boolean noWan) {

  /** Whether the premises has a device in {@code slot}. */
  public boolean has(DeviceSlot slot) {
    return switch (slot) {
      case CHF -> true;
      case ESME -> fuel.electricity();
      case GSME, GPF -> fuel.gas();
      case PPMID -> ppmid;
      case IHD -> ihd;
      case HCALCS -> hcalcs && fuel.electricity();
    };
  }

  /** How many devices the premises has. */
  public int deviceCount() {
    int n = 0;
    for (DeviceSlot s : DeviceSlot.values()) {
      n += has(s) ? 1 : 0;
    }
    return n;
  }
}

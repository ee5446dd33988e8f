package org.dccsim.device.population;

/** What a premises is supplied with, hence which meters it has. */
public enum Fuel {
  DUAL,
  ELECTRICITY_ONLY,
  GAS_ONLY;

  public boolean electricity() {
    return this != GAS_ONLY;
  }

  public boolean gas() {
    return this != ELECTRICITY_ONLY;
  }
}

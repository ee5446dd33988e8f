package org.dccsim.device.network;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.dccsim.device.CspRegion;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.Population;
import org.dccsim.device.population.PremisesProfile;
import org.dccsim.smki.Eui64;

/**
 * The devices on the network: a population (found by arithmetic on the EUI-64, placed in cells of
 * its region by premises index) and any premises added one by one (the demo premises, each a cell
 * of its own in the demo region).
 */
public final class NetworkDirectory implements DeviceDirectory {

  private final WanSettings settings;
  private final int lanes;
  private final Population population;
  private final Map<CspRegion, Cell[]> populationCells = new EnumMap<>(CspRegion.class);
  private final ConcurrentHashMap<Eui64, Placement> premisesByDevice = new ConcurrentHashMap<>();
  private final List<List<EmulatedDevice>> addedPremises = new ArrayList<>();

  /**
   * @param population the population, or null for none
   * @param lanes the lanes of the simulation time, over which cells are spread
   */
  public NetworkDirectory(Population population, WanSettings settings, int lanes) {
    this.settings = settings;
    this.lanes = Math.max(1, lanes);
    this.population = population;
    if (population != null) {
      int laneCursor = 0;
      for (CspRegion r : CspRegion.values()) {
        RegionSettings s = settings.region(r);
        int count = (int) ((population.premisesCount() + (long) s.cellPremises() - 1) / s.cellPremises());
        Cell[] cells = new Cell[count];
        for (int i = 0; i < count; i++) {
          cells[i] = new Cell(laneCursor++ % this.lanes, s.cellMessagesPerSecond(), s.cellBurst());
        }
        populationCells.put(r, cells);
      }
    }
  }

  /** Adds a premises: its Comms Hub (or null) and its other devices, in a cell of its own. */
  public synchronized void addPremises(EmulatedDevice hub, List<? extends EmulatedDevice> devices) {
    RegionSettings s = settings.region(settings.demoRegion());
    Cell cell = new Cell(addedPremises.size() % lanes, s.cellMessagesPerSecond(), s.cellBurst());
    List<EmulatedDevice> all = new ArrayList<>();
    if (hub != null) {
      all.add(hub);
    }
    all.addAll(devices);
    for (EmulatedDevice d : all) {
      premisesByDevice.put(d.id(), new Placement(d, hub, settings.demoRegion(), cell, false));
    }
    addedPremises.add(List.copyOf(all));
  }

  @Override
  public Placement locate(Eui64 eui) {
    Placement p = premisesByDevice.get(eui);
    if (p != null || population == null) {
      return p;
    }
    int premises = population.premisesOf(eui);
    if (premises < 0) {
      return null;
    }
    EmulatedDevice device = population.device(premises, population.plan().slotOf(eui));
    if (device == null) {
      return null;
    }
    PremisesProfile profile = population.profile(premises);
    Cell cell = populationCells.get(profile.region())[premises / settings.region(profile.region()).cellPremises()];
    return new Placement(device, population.device(premises, DeviceSlot.CHF), profile.region(), cell, profile.noWan());
  }

  /** The population, or null. */
  public Population population() {
    return population;
  }

  /** Calls {@code action} with the devices of each premises added one by one. */
  public synchronized void forEachAddedPremises(Consumer<List<EmulatedDevice>> action) {
    addedPremises.forEach(action);
  }
}

package org.dccsim.dcc.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dccsim.smki.Eui64;

/**
 * The Smart Metering Inventory: every device the DCC knows, by EUI-64. Entries are stored (the
 * demo premises, and any entry the DCC has changed) or computed by {@link InventorySource}s (a
 * population); a stored entry hides a computed one with the same EUI-64. Thread-safe.
 */
public final class DeviceInventory {

  private final ConcurrentHashMap<Eui64, InventoryDevice> devices = new ConcurrentHashMap<>();
  private final List<InventorySource> sources = new CopyOnWriteArrayList<>();

  public void put(InventoryDevice device) {
    devices.put(device.id(), device);
  }

  /** Adds a source of computed entries, asked after the stored entries and earlier sources. */
  public void addSource(InventorySource source) {
    sources.add(source);
  }

  public Optional<InventoryDevice> find(Eui64 id) {
    InventoryDevice stored = devices.get(id);
    if (stored != null) {
      return Optional.of(stored);
    }
    for (InventorySource s : sources) {
      Optional<InventoryDevice> d = s.find(id);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The devices reached through this Comms Hub Function (the hub itself excluded), by EUI-64. */
  public List<InventoryDevice> onHanOf(Eui64 commsHub) {
    return merged(d -> commsHub.equals(d.commsHub()) && !d.id().equals(commsHub), s -> s.onHanOf(commsHub));
  }

  /** The devices at the premises with this UPRN, by EUI-64. */
  public List<InventoryDevice> atUprn(String uprn) {
    return merged(d -> uprn.equals(d.uprn()), s -> s.atUprn(uprn));
  }

  /** The stored entries only (a population's computed entries are not listed). */
  public Collection<InventoryDevice> stored() {
    return Collections.unmodifiableCollection(devices.values());
  }

  /** How many entries are stored. */
  public int size() {
    return devices.size();
  }

  private List<InventoryDevice> merged(
      Predicate<InventoryDevice> storedMatch, Function<InventorySource, List<InventoryDevice>> computed) {
    Map<Eui64, InventoryDevice> byId = new LinkedHashMap<>();
    for (InventorySource s : sources) {
      for (InventoryDevice d : computed.apply(s)) {
        byId.putIfAbsent(d.id(), d);
      }
    }
    for (InventoryDevice d : devices.values()) {
      if (storedMatch.test(d)) {
        byId.put(d.id(), d);
      }
    }
    // a stored entry may have moved away from this hub or premises
    byId.values().removeIf(d -> devices.containsKey(d.id()) && !storedMatch.test(devices.get(d.id())));
    List<InventoryDevice> out = new ArrayList<>(byId.values());
    out.sort(Comparator.comparing(InventoryDevice::id));
    return out;
  }
}

package org.dccsim.dcc.inventory;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dccsim.smki.Eui64;

/** The Smart Metering Inventory: every device the DCC knows, by EUI-64. Thread-safe. */
public final class DeviceInventory {

  private final ConcurrentHashMap<Eui64, InventoryDevice> devices = new ConcurrentHashMap<>();

  public void put(InventoryDevice device) {
    devices.put(device.id(), device);
  }

  public Optional<InventoryDevice> find(Eui64 id) {
    return Optional.ofNullable(devices.get(id));
  }

  public Collection<InventoryDevice> all() {
    return Collections.unmodifiableCollection(devices.values());
  }

  public int size() {
    return devices.size();
  }
}

package org.dccsim.dcc.inventory;

import java.util.List;
import java.util.Optional;
import org.dccsim.smki.Eui64;

/**
 * Inventory entries the DCC does not store but computes on demand: a population of millions of
 * emulated devices is described, not listed, so its entries are made when asked for. Entries the
 * DCC stores ({@link DeviceInventory#put}) take precedence over a source's.
 */
public interface InventorySource {

  Optional<InventoryDevice> find(Eui64 id);

  /** The devices other than the hub itself that are reached through this Comms Hub Function. */
  List<InventoryDevice> onHanOf(Eui64 commsHub);

  /** The devices at the premises with this UPRN. */
  List<InventoryDevice> atUprn(String uprn);
}

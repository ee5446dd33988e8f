package org.dccsim.dcc.inventory;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.smki.Eui64;

/**
 * A device as the DCC's Smart Metering Inventory records it.
 *
 * @param commsHub the Comms Hub Function through which the device is reached (itself for a CHF)
 * @param registeredParties the User registered for the device in each role, e.g. IS and ED for
 *     an ESME, GS and GT for a GSME
 */
public record InventoryDevice(
    Eui64 id,
    DeviceType type,
    DeviceStatus status,
    String manufacturer,
    String model,
    String firmwareVersion,
    String smetsChtsVersion,
    String gbcsVersion,
    Eui64 commsHub,
    String uprn,
    String cspRegion,
    LocalDate dateCommissioned,
    Map<UserRole, Eui64> registeredParties) {

  public InventoryDevice {
    registeredParties = Map.copyOf(registeredParties);
  }

  public Optional<Eui64> registeredParty(UserRole role) {
    return Optional.ofNullable(registeredParties.get(role));
  }

  public InventoryDevice withStatus(DeviceStatus newStatus) {
    return new InventoryDevice(id, type, newStatus, manufacturer, model, firmwareVersion,
        smetsChtsVersion, gbcsVersion, commsHub, uprn, cspRegion, dateCommissioned, registeredParties);
  }
}

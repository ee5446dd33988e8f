package org.dccsim.dcc.inventory;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/**
 * A device as the DCC's Smart Metering Inventory records it. Build one with {@link #builder}.
 *
 * @param gbcsVersion the GBCS version the device implements, e.g. "4.2"; some use cases exist in
 *     an older and a newer form, chosen by it
 * @param esmeVariant for an ESME, its DUIS ESME variant (A single element, B twin element, C
 *     polyphase, with letters for options such as APC), else null
 * @param commsHub the Comms Hub Function through which the device is reached (itself for a CHF)
 * @param importMpxn for a meter, its import MPAN (13 digits) or MPRN; null when not recorded
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
    String esmeVariant,
    Eui64 commsHub,
    String importMpxn,
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
    return toBuilder().status(newStatus).build();
  }

  /** A commissioned device of this type with neutral defaults (manufacturer "DCCS", GBCS 4.2, ESME variant A). */
  public static Builder builder(Eui64 id, DeviceType type) {
    return new Builder(id, type);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id, type);
    b.status = status;
    b.manufacturer = manufacturer;
    b.model = model;
    b.firmwareVersion = firmwareVersion;
    b.smetsChtsVersion = smetsChtsVersion;
    b.gbcsVersion = gbcsVersion;
    b.esmeVariant = esmeVariant;
    b.commsHub = commsHub;
    b.importMpxn = importMpxn;
    b.uprn = uprn;
    b.cspRegion = cspRegion;
    b.dateCommissioned = dateCommissioned;
    b.registeredParties = new EnumMap<>(UserRole.class);
    b.registeredParties.putAll(registeredParties);
    return b;
  }

  /** Builds an inventory entry; every field but the id and type has a default. */
  public static final class Builder {
    private final Eui64 id;
    private final DeviceType type;
    private DeviceStatus status = DeviceStatus.Commissioned;
    private String manufacturer = "DCCS";
    private String model;
    private String firmwareVersion = "1.0.0";
    private String smetsChtsVersion;
    private String gbcsVersion = "4.2";
    private String esmeVariant;
    private Eui64 commsHub;
    private String importMpxn;
    private String uprn;
    private String cspRegion = "Central";
    private LocalDate dateCommissioned;
    private EnumMap<UserRole, Eui64> registeredParties = new EnumMap<>(UserRole.class);

    private Builder(Eui64 id, DeviceType type) {
      this.id = id;
      this.type = type;
      this.model = "SIM-" + type;
      this.smetsChtsVersion = type == DeviceType.CHF || type == DeviceType.GPF ? "CHTS V1.4" : "SMETS2";
      this.esmeVariant = type == DeviceType.ESME ? "A" : null;
      this.commsHub = type == DeviceType.CHF ? id : null;
    }

    public Builder status(DeviceStatus v) { status = v; return this; }
    public Builder manufacturer(String v) { manufacturer = v; return this; }
    public Builder model(String v) { model = v; return this; }
    public Builder firmwareVersion(String v) { firmwareVersion = v; return this; }
    public Builder smetsChtsVersion(String v) { smetsChtsVersion = v; return this; }
    public Builder gbcsVersion(String v) { gbcsVersion = v; return this; }
    public Builder esmeVariant(String v) { esmeVariant = v; return this; }
    public Builder commsHub(Eui64 v) { commsHub = v; return this; }
    public Builder importMpxn(String v) { importMpxn = v; return this; }
    public Builder uprn(String v) { uprn = v; return this; }
    public Builder cspRegion(String v) { cspRegion = v; return this; }
    public Builder dateCommissioned(LocalDate v) { dateCommissioned = v; return this; }

    public Builder registeredParty(UserRole role, Eui64 user) {
      registeredParties.put(role, user);
      return this;
    }

    public InventoryDevice build() {
      return new InventoryDevice(id, type, status, manufacturer, model, firmwareVersion, smetsChtsVersion,
          gbcsVersion, esmeVariant, commsHub, importMpxn, uprn, cspRegion, dateCommissioned, registeredParties);
    }
  }
}

package org.dccsim.app.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.gpf.Gpf;
import org.dccsim.device.gsme.Gsme;
import org.dccsim.device.ppmid.Ppmid;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.pki.SmkiStore;

/**
 * The premises every profile starts with: DCC Boxed's template devices 00-DB-12-34-56-78-90-A0
 * (ESME), -A1 (GSME), -A2 (Comms Hub), -A3 (GPF) and -A4 (PPMID), installed and commissioned, with
 * the {@link RegisteredParties} registered. Device keys and certificates come from the data
 * directory's Device CA. Every device is emulated behind the Comms Hub; the ESME starts with
 * supply disabled, so that Enable Supply shows its effect.
 */
public final class DemoPopulation {

  public static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  public static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  public static final Eui64 CHF = Eui64.parse("00-DB-12-34-56-78-90-A2");
  public static final Eui64 GPF = Eui64.parse("00-DB-12-34-56-78-90-A3");
  public static final Eui64 PPMID = Eui64.parse("00-DB-12-34-56-78-90-A4");
  private static final String UPRN = "100023336956";
  private static final String MPAN = "1412345678901";
  private static final LocalDate COMMISSIONED = LocalDate.of(2026, 1, 5);

  private final List<InventoryDevice> inventory;
  private final CommsHub commsHub;
  private final List<EmulatedDevice> devices;

  private DemoPopulation(List<InventoryDevice> inventory, CommsHub commsHub, List<EmulatedDevice> devices) {
    this.inventory = List.copyOf(inventory);
    this.commsHub = commsHub;
    this.devices = List.copyOf(devices);
  }

  public static DemoPopulation build(SmkiStore store, Identities identities) {
    RegisteredParties parties = RegisteredParties.of(identities);
    List<InventoryDevice> inventory = new ArrayList<>();
    inventory.add(device(ESME, DeviceType.ESME, parties).importMpxn(MPAN).build());
    inventory.add(device(GSME, DeviceType.GSME, parties).build());
    inventory.add(device(CHF, DeviceType.CHF, parties).build());
    inventory.add(device(GPF, DeviceType.GPF, parties).build());
    inventory.add(device(PPMID, DeviceType.PPMID, parties).build());
    for (InventoryDevice d : inventory) {
      store.device(d.id(), KeyUsage.DIGITAL_SIGNATURE);
      store.device(d.id(), KeyUsage.KEY_AGREEMENT);
    }
    TrustAnchors anchors = parties.anchors();
    return new DemoPopulation(inventory, new CommsHub(CHF, anchors), List.of(
        new Esme(ESME, anchors, SupplyState.DISABLED), new Gsme(GSME, anchors), new Gpf(GPF, anchors),
        new Ppmid(PPMID, anchors)));
  }

  public List<InventoryDevice> inventory() {
    return inventory;
  }

  /** The premises' Comms Hub, through which the other devices are reached. */
  public CommsHub commsHub() {
    return commsHub;
  }

  /** The devices on the hub's HAN. */
  public List<EmulatedDevice> devices() {
    return devices;
  }

  private static InventoryDevice.Builder device(Eui64 id, DeviceType type, RegisteredParties parties) {
    InventoryDevice.Builder b = InventoryDevice.builder(id, type)
        .commsHub(CHF)
        .uprn(UPRN)
        .dateCommissioned(COMMISSIONED);
    parties.forDevice(type).forEach(b::registeredParty);
    return b;
  }
}

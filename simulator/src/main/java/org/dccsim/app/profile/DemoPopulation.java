package org.dccsim.app.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.pki.SmkiStore;

/**
 * The premises every profile starts with: DCC Boxed's template devices 00-DB-12-34-56-78-90-A0
 * (ESME), -A1 (GSME), -A2 (Comms Hub), -A3 (GPF) and -A4 (PPMID), installed and commissioned, with
 * the test supplier 90-B3-D5-1F-30-01-00-00 registered (or the first supplier User) and the test
 * network operator where there is one. Device keys and certificates come from the data
 * directory's Device CA. The ESME is emulated; it starts with supply disabled, so that Enable
 * Supply shows its effect.
 */
public final class DemoPopulation {

  public static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  public static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  public static final Eui64 CHF = Eui64.parse("00-DB-12-34-56-78-90-A2");
  public static final Eui64 GPF = Eui64.parse("00-DB-12-34-56-78-90-A3");
  public static final Eui64 PPMID = Eui64.parse("00-DB-12-34-56-78-90-A4");
  private static final Eui64 TEST_SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 TEST_NETWORK_OPERATOR = Eui64.parse("90-B3-D5-1F-30-02-00-00");
  private static final String UPRN = "100023336956";
  private static final LocalDate COMMISSIONED = LocalDate.of(2026, 1, 5);

  private final List<InventoryDevice> inventory;
  private final List<EmulatedDevice> devices;

  private DemoPopulation(List<InventoryDevice> inventory, List<EmulatedDevice> devices) {
    this.inventory = List.copyOf(inventory);
    this.devices = List.copyOf(devices);
  }

  public static DemoPopulation build(SmkiStore store, Identities identities) {
    UserIdentity supplier = identities.user(TEST_SUPPLIER)
        .filter(u -> u.gbcsRole() == RemotePartyRole.SUPPLIER)
        .or(() -> identities.users().stream().filter(u -> u.gbcsRole() == RemotePartyRole.SUPPLIER).findFirst())
        .orElseThrow(() -> new IllegalStateException("no supplier User to register the demo devices to"));
    Optional<UserIdentity> operator = identities.user(TEST_NETWORK_OPERATOR)
        .filter(u -> u.gbcsRole() == RemotePartyRole.NETWORK_OPERATOR);

    List<InventoryDevice> inventory = new ArrayList<>();
    inventory.add(device(ESME, DeviceType.ESME, "SMETS2", parties(supplier, operator, UserRole.IS, UserRole.ED)));
    inventory.add(device(GSME, DeviceType.GSME, "SMETS2", parties(supplier, operator, UserRole.GS, UserRole.GT)));
    inventory.add(device(CHF, DeviceType.CHF, "CHTS V1.4", parties(supplier, Optional.empty(), UserRole.IS, null)));
    inventory.add(device(GPF, DeviceType.GPF, "CHTS V1.4", parties(supplier, operator, UserRole.GS, UserRole.GT)));
    inventory.add(device(PPMID, DeviceType.PPMID, "SMETS2", parties(supplier, Optional.empty(), UserRole.IS, null)));
    for (InventoryDevice d : inventory) {
      store.device(d.id(), KeyUsage.DIGITAL_SIGNATURE);
      store.device(d.id(), KeyUsage.KEY_AGREEMENT);
    }

    List<TrustAnchor> anchors = new ArrayList<>();
    anchors.add(anchor(supplier));
    operator.ifPresent(o -> anchors.add(anchor(o)));
    anchors.add(new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, Eui64.DCC_ACCESS_CONTROL_BROKER, null,
        identities.dcc().acbKeyAgreement().certificate().publicKey()));
    Esme esme = new Esme(ESME, TrustAnchors.of(anchors.toArray(TrustAnchor[]::new)), SupplyState.DISABLED);
    return new DemoPopulation(inventory, List.of(esme));
  }

  public List<InventoryDevice> inventory() {
    return inventory;
  }

  public List<EmulatedDevice> devices() {
    return devices;
  }

  private static TrustAnchor anchor(UserIdentity user) {
    return new TrustAnchor(user.gbcsRole(), user.id(),
        user.gbcsSigning() != null ? user.gbcsSigning().publicKey() : null, user.keyAgreement().publicKey());
  }

  private static Map<UserRole, Eui64> parties(
      UserIdentity supplier, Optional<UserIdentity> operator, UserRole supplierRole, UserRole operatorRole) {
    Map<UserRole, Eui64> m = new EnumMap<>(UserRole.class);
    m.put(supplierRole, supplier.id());
    if (operatorRole != null) {
      operator.ifPresent(o -> m.put(operatorRole, o.id()));
    }
    return m;
  }

  private static InventoryDevice device(Eui64 id, DeviceType type, String smetsChts, Map<UserRole, Eui64> parties) {
    InventoryDevice.Builder b = InventoryDevice.builder(id, type)
        .smetsChtsVersion(smetsChts)
        .commsHub(CHF)
        .uprn(UPRN)
        .dateCommissioned(COMMISSIONED);
    parties.forEach(b::registeredParty);
    return b.build();
  }
}

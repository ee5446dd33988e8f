package org.dccsim.dcc.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/** Stored entries and computed ones (a population) answer together; a stored entry wins. */
class DeviceInventoryTest {

  private static final Eui64 HUB = Eui64.parse("02-DC-C5-00-00-00-00-00");
  private static final Eui64 ESME = Eui64.parse("02-DC-C5-00-00-00-00-01");
  private static final Eui64 GSME = Eui64.parse("02-DC-C5-00-00-00-00-02");

  /** A source of one premises: a hub, an ESME and a GSME at UPRN 900000000000. */
  private static final InventorySource PREMISES = new InventorySource() {
    private final List<InventoryDevice> devices = List.of(
        InventoryDevice.builder(HUB, DeviceType.CHF).uprn("900000000000").build(),
        InventoryDevice.builder(ESME, DeviceType.ESME).commsHub(HUB).uprn("900000000000").build(),
        InventoryDevice.builder(GSME, DeviceType.GSME).commsHub(HUB).uprn("900000000000").build());

    @Override
    public Optional<InventoryDevice> find(Eui64 id) {
      return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public List<InventoryDevice> onHanOf(Eui64 commsHub) {
      return commsHub.equals(HUB) ? devices.subList(1, 3) : List.of();
    }

    @Override
    public List<InventoryDevice> atUprn(String uprn) {
      return uprn.equals("900000000000") ? devices : List.of();
    }
  };

  @Test
  void computedEntriesAreFoundAndAStoredEntryHidesTheComputedOne() {
    DeviceInventory inventory = new DeviceInventory();
    inventory.addSource(PREMISES);
    assertThat(inventory.find(ESME)).get().extracting(InventoryDevice::status).isEqualTo(DeviceStatus.Commissioned);

    inventory.put(inventory.find(ESME).orElseThrow().withStatus(DeviceStatus.Suspended));

    assertThat(inventory.find(ESME)).get().extracting(InventoryDevice::status).isEqualTo(DeviceStatus.Suspended);
    assertThat(inventory.onHanOf(HUB)).extracting(InventoryDevice::status)
        .containsExactly(DeviceStatus.Suspended, DeviceStatus.Commissioned);
    assertThat(inventory.stored()).hasSize(1);
    assertThat(inventory.find(Eui64.parse("02-DC-C5-00-00-00-00-07"))).isEmpty();
  }

  @Test
  void aStoredEntryMovedToAnotherHubOrPremisesLeavesTheComputedOnes() {
    DeviceInventory inventory = new DeviceInventory();
    inventory.addSource(PREMISES);
    Eui64 otherHub = Eui64.parse("00-DB-12-34-56-78-90-A2");
    inventory.put(inventory.find(GSME).orElseThrow().toBuilder().commsHub(otherHub).uprn("100023336956").build());

    assertThat(inventory.onHanOf(HUB)).extracting(InventoryDevice::id).containsExactly(ESME);
    assertThat(inventory.onHanOf(otherHub)).extracting(InventoryDevice::id).containsExactly(GSME);
    assertThat(inventory.atUprn("900000000000")).extracting(InventoryDevice::id).containsExactly(HUB, ESME);
    assertThat(inventory.atUprn("100023336956")).extracting(InventoryDevice::id).containsExactly(GSME);
  }
}

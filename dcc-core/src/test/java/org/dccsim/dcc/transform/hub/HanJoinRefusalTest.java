package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.SmkiRepository;
import org.junit.jupiter.api.Test;

/**
 * Joins and unjoins refuse what GBCS does not allow (the RTDS scenarios themselves are judged by
 * RtdsTransformConformanceTest).
 */
class HanJoinRefusalTest {

  @Test
  void aJoinOfTheWrongCriticalityOrWithAnUnknownDeviceIsRefused() {
    TransformRegistry registry = registry(inventory("00-DB-12-34-56-78-90-9A", DeviceType.HCALCS), new SmkiRepository());
    AcceptedRequest critical = HubRequests.accepted("CS03A2NonCritical_8.7.2_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("00-DB-12-34-56-78-90-A4", "00-DB-12-34-56-78-90-A0")
            .replace("00-DB-12-34-56-78-90-93", "00-DB-12-34-56-78-90-9A"), -1, EnumSet.allOf(UserRole.class));
    AcceptedRequest unknown = HubRequests.accepted("CS03A1_8.7.1_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("00-DB-12-34-56-78-90-9A", "00-DB-12-34-56-78-90-9B"), -1, EnumSet.allOf(UserRole.class));

    // an ESME joins an HCALCS by method A, critical: not through 8.7.2
    assertThatThrownBy(() -> registry.forVariant("8.7.2").orElseThrow().transform(critical))
        .hasMessageContaining("critical");
    assertThatThrownBy(() -> registry.forVariant("8.7.1").orElseThrow().transform(unknown))
        .hasMessageContaining("inventory");
  }

  private static TransformRegistry registry(DeviceInventory inventory, SmkiRepository smki) {
    TransformRegistry r = new TransformRegistry(HubRequests.CATALOGUE);
    new CommsHubAndSecurityTransforms().registerJoins(r, inventory, smki);
    return r;
  }

  private static DeviceInventory inventory(String id, DeviceType type) {
    DeviceInventory inventory = new DeviceInventory();
    inventory.put(InventoryDevice.builder(Eui64.parse(id), type).commsHub(Eui64.parse("00-DB-12-34-56-78-90-A2")).build());
    return inventory;
  }
}

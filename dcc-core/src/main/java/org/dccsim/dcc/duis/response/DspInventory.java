package org.dccsim.dcc.duis.response;

import java.util.List;

/** sr:DSPInventory, the answer to 8.2 Read Inventory: 1 to 17 devices, as the XSD bounds it. */
public record DspInventory(List<DspInventoryDevice> devices) implements ResponsePayload {

  public static final int MAX_DEVICES = 17;

  public DspInventory {
    devices = List.copyOf(devices);
    if (devices.isEmpty() || devices.size() > MAX_DEVICES) {
      throw new IllegalArgumentException(
          "a DSPInventory lists 1 to " + MAX_DEVICES + " devices, not " + devices.size());
    }
  }
}

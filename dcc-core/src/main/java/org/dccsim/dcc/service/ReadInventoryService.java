package org.dccsim.dcc.service;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.duis.response.DspInventory;
import org.dccsim.dcc.duis.response.DspInventoryDevice;
import org.dccsim.dcc.duis.response.ResponsePayload;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/**
 * 8.2 Read Inventory: the Smart Metering Inventory entries for a device or a UPRN. For a Comms
 * Hub Function the answer also lists the devices on its HAN, as DCC Boxed does; at most 17
 * devices, the DUIS limit.
 */
public final class ReadInventoryService implements NonDeviceService {

  private static final String STAGE = "read-inventory";

  private final DeviceInventory inventory;

  public ReadInventoryService(DeviceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public ResponsePayload respond(AcceptedRequest request) throws RequestRefused {
    BodyElement body = request.body().orElseThrow();
    List<InventoryDevice> found = new ArrayList<>();
    if (body.childText("DeviceID").isPresent()) {
      Eui64 id = deviceId(body.childText("DeviceID").get());
      InventoryDevice device = inventory.find(id)
          .orElseThrow(() -> new RequestRefused(STAGE, Outcome.UNKNOWN_DEVICE, id + " is not in the inventory"));
      found.add(device);
      if (device.type() == DeviceType.CHF) {
        found.addAll(inventory.onHanOf(id));
      }
    } else if (body.childText("UPRN").isPresent()) {
      String uprn = body.childText("UPRN").get();
      found.addAll(inventory.atUprn(uprn));
    } else {
      throw new RequestRefused(STAGE, Outcome.NOT_IMPLEMENTED, "Read Inventory by MPxN or PropertyFilter is not implemented yet");
    }
    if (found.isEmpty()) {
      throw new RequestRefused(STAGE, Outcome.UNKNOWN_DEVICE, "no device matches");
    }
    return new DspInventory(found.stream().limit(DspInventory.MAX_DEVICES).map(ReadInventoryService::entry).toList());
  }

  private static Eui64 deviceId(String text) throws RequestRefused {
    try {
      return Eui64.parse(text.trim());
    } catch (IllegalArgumentException e) {
      throw new RequestRefused(STAGE, Outcome.UNKNOWN_DEVICE, e.getMessage());
    }
  }

  private static DspInventoryDevice entry(InventoryDevice d) {
    return DspInventoryDevice.builder(d.id(), d.type().name(), d.manufacturer(), d.model())
        .deviceStatus(d.status().name())
        .smetsChtsVersion(d.smetsChtsVersion())
        .firmwareVersion(d.firmwareVersion())
        .dateCommissioned(d.dateCommissioned())
        .uprn(d.uprn())
        .cspRegion(d.cspRegion())
        .gbcsVersion(d.gbcsVersion())
        .build();
  }
}

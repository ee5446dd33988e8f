package org.dccsim.dcc.transform.hub;

import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.CLASS_ID;
import static org.dccsim.dcc.transform.hub.ZigbeeNetworkControl.DEVICE_LOG;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.GbcsCommands;
import org.dccsim.smki.Eui64;

/**
 * 8.11 Update HAN Device Log: the access control broker adds a device to the Comms Hub's CHF
 * Device Log, its HAN "whitelist" (CCS01), or removes it (CCS02), on the User's behalf.
 *
 * <p>CCS01 is one access request of three parts: register_device with the structure {ieee_address
 * (DeviceID), key_type (1: install code), key (InstallCode, as DUIS gives it), device_type (the
 * device's type from the Smart Metering Inventory: the request does not name it; see {@link
 * ZigbeeNetworkControl#deviceType})}, then join_timeout set to JoinTimePeriod and
 * enable_disable_joining set to true, so that the device may join for that long. The MPxNs of
 * AddDeviceToCHFWhitelist are the DCC's records, not the hub's: no payload carries them. CCS02 is
 * unregister_device with the device's ieee_address. The DCC holds a future-dated request until its
 * ExecutionDateTime (DUIS pattern "DSP"), so the payload has none.
 */
final class UpdateHanDeviceLogTransform implements DeviceCommandTransform {

  private static final int CCS01 = HubCommands.messageCode("CCS01");
  private static final int CCS02 = HubCommands.messageCode("CCS02");
  /** DUIS JoinTimePeriod: seconds, 1 to 3600. */
  private static final int MAX_JOIN_TIME = 3600;
  /** DUIS InstallCode: hexBinary of 6 to 16 bytes (ZigBee install codes of 48 to 128 bits). */
  private static final int MIN_INSTALL_CODE = 6;
  private static final int MAX_INSTALL_CODE = 16;

  private final DeviceInventory inventory;

  UpdateHanDeviceLogTransform(DeviceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.CHF);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    Eui64 device = CredentialValues.eui64(body, "DeviceID");
    String requestType = TransformValues.text(body, "RequestType");
    String addition = body.localName() + "/AddDeviceToCHFWhitelist";
    return switch (requestType) {
      case "Add" -> HubCommands.byAcbForRequester(request, CCS01,
          add(request, device, TransformValues.child(body, "AddDeviceToCHFWhitelist")));
      case "Remove" -> {
        if (body.child("AddDeviceToCHFWhitelist").isPresent()) {
          throw TransformValues.invalid(addition, "absent when the RequestType is Remove");
        }
        yield HubCommands.byAcbForRequester(request, CCS02, GbcsCommands.dlmsPayload(request.dccCounter(),
            List.of(AccessRequestSpec.action(CLASS_ID, DEVICE_LOG, ZigbeeNetworkControl.UNREGISTER_DEVICE)),
            List.of(DlmsData.octetString(device.toBytes()))));
      }
      default -> throw TransformValues.invalid(body.localName() + "/RequestType",
          "Add or Remove, not '" + requestType + "'");
    };
  }

  private byte[] add(AcceptedRequest request, Eui64 device, BodyElement addition) throws RequestRefused {
    long joinTime = TransformValues.integer(addition, "JoinTimePeriod");
    if (joinTime < 1 || joinTime > MAX_JOIN_TIME) {
      throw TransformValues.invalid(addition.localName() + "/JoinTimePeriod",
          "1 to " + MAX_JOIN_TIME + " seconds, not " + joinTime);
    }
    byte[] installCode = CredentialValues.hexBinary(addition, "InstallCode", MIN_INSTALL_CODE, MAX_INSTALL_CODE);
    String where = "UpdateHANDeviceLog/DeviceID";
    InventoryDevice known = inventory.find(device)
        .orElseThrow(() -> TransformValues.invalid(where, "a device in the inventory, not " + device));
    OptionalInt deviceType = ZigbeeNetworkControl.deviceType(known.type());
    if (deviceType.isEmpty()) {
      throw TransformValues.invalid(where, "a device that joins a Comms Hub's HAN, not a " + known.type());
    }
    return GbcsCommands.dlmsPayload(request.dccCounter(),
        List.of(AccessRequestSpec.action(CLASS_ID, DEVICE_LOG, ZigbeeNetworkControl.REGISTER_DEVICE),
            AccessRequestSpec.set(CLASS_ID, DEVICE_LOG, ZigbeeNetworkControl.JOIN_TIMEOUT),
            AccessRequestSpec.set(CLASS_ID, DEVICE_LOG, ZigbeeNetworkControl.ENABLE_DISABLE_JOINING)),
        List.of(DlmsData.structure(DlmsData.octetString(device.toBytes()),
                DlmsData.enumValue(ZigbeeNetworkControl.KEY_TYPE_INSTALL_CODE),
                DlmsData.octetString(installCode),
                DlmsData.enumValue(deviceType.getAsInt())),
            DlmsData.longUnsigned((int) joinTime),
            DlmsData.BooleanValue.TRUE));
  }
}

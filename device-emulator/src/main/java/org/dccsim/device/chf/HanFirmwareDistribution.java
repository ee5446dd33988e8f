package org.dccsim.device.chf;

import java.time.Instant;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.common.DeviceFirmware;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.FirmwareTransfer;
import org.dccsim.smki.RemotePartyRole;

/**
 * A hub passing a firmware image on to a PPMID or HCALCS, which have no WAN of their own: the device
 * receives the image (unless its firmware is faulty, when the transfer fails), the hub reports the
 * transfer to the DCC in a CCS08 Firmware Transfer Alert (signed, as the RTDS does), and the device
 * activates the image at the time the distribution named, reporting it in CS09.
 */
public final class HanFirmwareDistribution {

  static final int TRANSFER_ALERT_MESSAGE_CODE = 0x0128;
  static final int TRANSFERRED = 0x8F8A;

  private HanFirmwareDistribution() {}

  /**
   * Transfers {@code image} from {@code hub} to {@code target}, to be activated at {@code activateAt}.
   *
   * @return the transfer's outcome, as the CCS08 alert reports it
   * @throws IllegalArgumentException when the target is not a PPMID or HCALCS
   */
  public static FirmwareTransfer.ResponseCode transfer(CommsHub hub, EmulatedDevice target, DeviceFirmware.Image image,
      Instant activateAt, DeviceServices services) {
    if (target.type() != DeviceType.PPMID && target.type() != DeviceType.HCALCS) {
      throw new IllegalArgumentException("a hub passes images on to a PPMID or HCALCS, not a " + target.type());
    }
    // [?] a device that cannot take the image is reported as a failed transfer
    FirmwareTransfer.ResponseCode code = target.condition().firmwareFault()
        ? FirmwareTransfer.ResponseCode.FILE_TRANSFER_FAILURE : FirmwareTransfer.ResponseCode.SUCCESS;
    if (code == FirmwareTransfer.ResponseCode.SUCCESS) {
      DeviceFirmware.hold(target, image);
    }
    TrustAnchor dcc = hub.anchors().forRole(RemotePartyRole.ACCESS_CONTROL_BROKER).orElse(null);
    if (dcc != null) {
      hub.raiseAlert(dcc, TRANSFER_ALERT_MESSAGE_CODE, (at, counter) -> new FirmwareTransfer.Alert(TRANSFERRED,
          activateAt, target.id(), image.version(), code).toDer(), true, services);
    }
    if (code == FirmwareTransfer.ResponseCode.SUCCESS) {
      DeviceFirmware.activateAt(target, activateAt, services);
    }
    return code;
  }
}

package org.dccsim.device.common;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.asn1.ActivateFirmware;
import org.dccsim.gbcs.asn1.PpmidHcalcsFirmware;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.GbzAlertBody;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.ZclUtcTime;
import org.dccsim.smki.RemotePartyRole;

/**
 * A device's firmware: the version it runs, the image it holds, receiving an image (verified, then
 * reported in a Firmware Distribution Receipt Alert: 8F72 verified, 8F1C failed, with the image
 * hash) and activating it (CS06). A device whose {@link org.dccsim.device.DeviceCondition} has a
 * firmware fault fails both verification and activation.
 */
public final class DeviceFirmware {

  /** [?] The version every device runs until activated otherwise: GBCS versions are opaque octets. */
  public static final byte[] DEFAULT_VERSION = {0x01, 0x00, 0x00, 0x00};

  static final int VERIFICATION_FAILED = 0x8F1C;
  static final int VERIFICATION_SUCCESSFUL = 0x8F72;
  /** FDRA message codes: DLMS devices (ESME, CHF), GBZ devices (GSME, GPF). */
  static final int FDRA_DLMS = 0x00CE;
  static final int FDRA_GBZ = 0x00CF;
  /** CS09 Firmware Activation Alert of a PPMID (or HCALCS [?]): message code, alert code. */
  static final int HAN_ACTIVATION_ALERT_MESSAGE_CODE = 0x012B;
  static final int HAN_ACTIVATION = 0x8F8B;

  private DeviceFirmware() {}

  /** An image a device holds: its hash (what CS06 names) and the version it brings. */
  public record Image(ByteSlice hash, ByteSlice version) {}

  public static ByteSlice version(EmulatedDevice device) {
    synchronized (device) {
      FirmwareState f = stateOf(device);
      return ByteSlice.copyOf(f == null || f.version == null ? DEFAULT_VERSION : f.version);
    }
  }

  /** Sets the version a device runs (population, seeding). */
  public static void setVersion(EmulatedDevice device, byte[] version) {
    synchronized (device) {
      device.common().firmware().version = version.clone();
    }
  }

  public static Optional<Image> heldImage(EmulatedDevice device) {
    synchronized (device) {
      FirmwareState f = stateOf(device);
      return f == null || f.heldHash == null ? Optional.empty()
          : Optional.of(new Image(ByteSlice.copyOf(f.heldHash), ByteSlice.copyOf(f.heldVersion)));
    }
  }

  /** Gives a device an image as verified, without the receipt alert (seeding). */
  public static void hold(EmulatedDevice device, Image image) {
    synchronized (device) {
      FirmwareState f = device.common().firmware();
      f.heldHash = image.hash().toByteArray();
      f.heldVersion = image.version().toByteArray();
    }
  }

  /**
   * The device receives a firmware image (distributed through the Comms Hub): it verifies it, holds
   * it when sound, and tells the supplier in a Firmware Distribution Receipt Alert.
   *
   * @return whether the image verified
   */
  public static boolean receive(EmulatedDevice device, Image image, DeviceServices services) {
    synchronized (device) {
      boolean verified = !device.condition().firmwareFault();
      if (verified) {
        hold(device, image);
      }
      int alertCode = verified ? VERIFICATION_SUCCESSFUL : VERIFICATION_FAILED;
      byte[] hash = image.hash().toByteArray();
      switch (device.type()) {
        case ESME, CHF -> device.raiseAlert(RemotePartyRole.SUPPLIER, FDRA_DLMS, (at, counter) -> DlmsCodec.encode(
            new DlmsAlert(alertCode, DeviceTime.cosem(at), List.of(DlmsData.octetString(hash)))
                .toNotification(LongInvokeIdAndPriority.forCounter(counter))), services);
        case GSME, GPF -> device.raiseAlert(RemotePartyRole.SUPPLIER, FDRA_GBZ, (at, counter) -> GbzCodec.encode(
            new GbzPayload.Alert(alertCode, ZclUtcTime.of(at), new GbzAlertBody.FirmwareHash(ByteSlice.copyOf(hash)))),
            services);
        default -> { }
      }
      return verified;
    }
  }

  /**
   * A PPMID or HCALCS activates the image it holds at {@code at} (the time its distribution named)
   * and tells the DCC in a CS09 Firmware Activation Alert: the version it then runs, and whether the
   * activation succeeded. Devices that activate by command (CS06) do not use this.
   */
  public static void activateAt(EmulatedDevice device, Instant at, DeviceServices services) {
    services.scheduler().schedule(at, () -> {
      synchronized (device) {
        FirmwareState f = stateOf(device);
        boolean activated = f != null && f.heldHash != null && !device.condition().firmwareFault();
        if (activated) {
          f.version = f.heldVersion;
          f.heldHash = null;
          f.heldVersion = null;
        }
        ByteSlice running = version(device);
        device.raiseAlert(RemotePartyRole.ACCESS_CONTROL_BROKER, HAN_ACTIVATION_ALERT_MESSAGE_CODE,
            (time, counter) -> new PpmidHcalcsFirmware.VersionAlert(HAN_ACTIVATION, at, running, activated).toDer(),
            services);
      }
    });
  }

  /** Activates the held image whose hash is {@code hash}: the outcome CS06 reports. Under the device's lock. */
  static ActivateFirmware.ExecutionOutcome activate(EmulatedDevice device, ByteSlice hash) {
    FirmwareState f = stateOf(device);
    ActivateFirmware.ResponseCode code;
    if (f == null || f.heldHash == null) {
      code = ActivateFirmware.ResponseCode.NO_IMAGE_HELD;
    } else if (!hash.contentEquals(f.heldHash)) {
      code = ActivateFirmware.ResponseCode.HASH_MISMATCH;
    } else if (device.condition().firmwareFault()) {
      code = ActivateFirmware.ResponseCode.ACTIVATION_FAILURE;
    } else {
      f.version = f.heldVersion;
      f.heldHash = null;
      f.heldVersion = null;
      code = ActivateFirmware.ResponseCode.SUCCESS;
    }
    return new ActivateFirmware.ExecutionOutcome(code, version(device));
  }

  private static FirmwareState stateOf(EmulatedDevice device) {
    CommonState c = device.commonIfPresent();
    return c == null ? null : c.firmware;
  }
}

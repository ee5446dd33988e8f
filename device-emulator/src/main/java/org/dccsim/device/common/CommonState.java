package org.dccsim.device.common;

import java.security.PrivateKey;
import org.dccsim.smki.KeyUsage;

/**
 * What the use cases shared by several device types keep on one device: its own key generations
 * and installed certificates (CS02c/CS02d), its device log (CS03/CS04/CS07), its firmware (CS06),
 * the future-dated commands it holds, and the faults injected into these use cases. A device gets
 * one when such a use case first changes something; each part is created when first needed, so a
 * device that never sees these commands carries nothing. Read and written under the device's lock.
 */
public final class CommonState {

  OwnCredentials credentials;
  DeviceLog deviceLog;
  FirmwareState firmware;
  PendingCommands pending;
  CommonFaults faults;
  /** The prepayment top-up (UTRN) counter floor a credentials update set; -1 when none did. */
  long prepaymentTopUpFloor = -1;

  /**
   * The private key the device now uses for {@code usage}: {@code original} (the keyring's), or
   * the later generation a CS02d installed.
   */
  public PrivateKey activeKey(PrivateKey original, KeyUsage usage) {
    return credentials == null ? original : credentials.activeKey(original, usage);
  }

  OwnCredentials credentials() {
    if (credentials == null) {
      credentials = new OwnCredentials();
    }
    return credentials;
  }

  DeviceLog deviceLog() {
    if (deviceLog == null) {
      deviceLog = new DeviceLog();
    }
    return deviceLog;
  }

  FirmwareState firmware() {
    if (firmware == null) {
      firmware = new FirmwareState();
    }
    return firmware;
  }

  PendingCommands pending() {
    if (pending == null) {
      pending = new PendingCommands();
    }
    return pending;
  }

  CommonFaults faults() {
    if (faults == null) {
      faults = new CommonFaults();
    }
    return faults;
  }
}

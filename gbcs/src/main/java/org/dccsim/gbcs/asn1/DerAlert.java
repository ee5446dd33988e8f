package org.dccsim.gbcs.asn1;

import java.util.HexFormat;

/** A DER payload of a device alert: its first component is the alert code. */
public sealed interface DerAlert extends DerPayload
    permits UpdateSecurityCredentials.Alert,
        ActivateFirmware.Alert,
        PpmidHcalcsFirmware.VersionAlert,
        FirmwareTransfer.Alert,
        GpfDeviceLog.BackupAlert {

  /** The alert code (e.g. 0x8F66, future-dated command executed). */
  int alertCode();

  /** The alert code as a DUIS DeviceAlertMessage carries it: four upper-case hex digits. */
  default String alertCodeHex() {
    return HexFormat.of().withUpperCase().toHexDigits((short) alertCode());
  }
}

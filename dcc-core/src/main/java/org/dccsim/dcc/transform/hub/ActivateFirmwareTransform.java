package org.dccsim.dcc.transform.hub;

import java.util.Set;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.ActivateFirmware;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * 11.3 Activate Firmware: CS06, critical. The payload names the image by its 32-byte hash and
 * repeats the request counter (the command's originator counter); a future-dated or cancelled
 * request carries the execution date-time.
 */
final class ActivateFirmwareTransform {

  /** GBCS: an octet-string of length 32, the Manufacturer Image Hash; DUIS: hexBinary of 32. */
  private static final int HASH_LENGTH = 32;

  private ActivateFirmwareTransform() {}

  static UserCommandTransform create(Set<DeviceType> types) {
    return new UserCommandTransform("CS06", types, (request, body) -> new ActivateFirmware.Command(
        ByteSlice.copyOf(CredentialValues.hexBinary(body, "FirmwareHash", HASH_LENGTH)),
        request.requestId().counter(),
        CredentialValues.executionDateTime(body)).toDer());
  }
}

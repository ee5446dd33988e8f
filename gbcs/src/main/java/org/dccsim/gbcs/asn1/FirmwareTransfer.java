package org.dccsim.gbcs.asn1;

import java.time.Instant;
import java.util.Objects;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;

/**
 * CCS08 Firmware Transfer Alert (message code 0x0128): the Comms Hub reports the outcome of
 * transferring a firmware image to a HAN device (PPMID, HCALCS).
 */
public final class FirmwareTransfer {

  private FirmwareTransfer() {}

  public enum ResponseCode {
    SUCCESS,
    IMAGE_DISCARDED,
    HARDWARE_VERSION_MISMATCH,
    FILE_TRANSFER_FAILURE;

    public int code() {
      return ordinal();
    }
  }

  public record Alert(int alertCode, Instant executionDateTime, Eui64 deviceId, ByteSlice firmwareVersion,
      ResponseCode code) implements DerAlert {

    public Alert {
      Der.requireAlertCode(alertCode);
      Objects.requireNonNull(executionDateTime);
      Objects.requireNonNull(deviceId);
      Objects.requireNonNull(firmwareVersion);
      Objects.requireNonNull(code);
    }

    static Alert read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new Alert(s.next("alertCode").alertCode(), s.next("executionDateTime").generalizedTime(),
          s.next("entityId").eui64(), ByteSlice.copyOf(s.next("firmwareVersion").octets()),
          s.next("responseCode").integerCode(ResponseCode.values(), 0, "firmware transfer response code")));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.integer(alertCode), Der.time(executionDateTime), Der.eui64(deviceId),
          Der.octets(firmwareVersion), Der.integer(code.code())));
    }
  }
}

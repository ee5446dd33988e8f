package org.dccsim.device.common;

import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.PpmidHcalcsFirmware;
import org.dccsim.gbcs.asn1.ReadOutcome;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * CS08 Read PPMID/HCALCS Firmware Version: the version the device runs; on a read failure, four
 * zero octets (as RTDS answers).
 */
final class ReadHanDeviceFirmwareVersionUseCase extends DerUseCase<PpmidHcalcsFirmware.ReadCommand> {

  static final int MESSAGE_CODE = 0x0129;
  private static final ByteSlice NO_VERSION = ByteSlice.copyOf(new byte[4]);

  ReadHanDeviceFirmwareVersionUseCase() {
    super(MESSAGE_CODE, PpmidHcalcsFirmware.ReadCommand.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, PpmidHcalcsFirmware.ReadCommand request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    PpmidHcalcsFirmware.ReadResponse response = CommonFaults.useCase(device, MESSAGE_CODE).isPresent()
        ? new PpmidHcalcsFirmware.ReadResponse(NO_VERSION, ReadOutcome.READ_FAILURE)
        : new PpmidHcalcsFirmware.ReadResponse(DeviceFirmware.version(device), ReadOutcome.SUCCESS);
    return device.respond(command, response.toDer(), Optional.empty(), services);
  }
}

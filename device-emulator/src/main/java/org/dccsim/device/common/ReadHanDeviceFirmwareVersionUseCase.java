package org.dccsim.device.common;

import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
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
final class ReadHanDeviceFirmwareVersionUseCase implements DeviceUseCase<EmulatedDevice> {

  static final int MESSAGE_CODE = 0x0129;
  private static final ByteSlice NO_VERSION = ByteSlice.copyOf(new byte[4]);

  @Override
  public int messageCode() {
    return MESSAGE_CODE;
  }

  @Override
  public byte[] execute(EmulatedDevice device, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    DerCommands.parse(command, PpmidHcalcsFirmware.ReadCommand.class);
    PpmidHcalcsFirmware.ReadResponse response = CommonFaults.useCase(device, MESSAGE_CODE).isPresent()
        ? new PpmidHcalcsFirmware.ReadResponse(NO_VERSION, ReadOutcome.READ_FAILURE)
        : new PpmidHcalcsFirmware.ReadResponse(DeviceFirmware.version(device), ReadOutcome.SUCCESS);
    return device.respond(command, response.toDer(), Optional.empty(), services);
  }
}

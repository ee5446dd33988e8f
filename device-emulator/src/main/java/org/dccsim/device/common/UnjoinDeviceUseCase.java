package org.dccsim.device.common;

import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.asn1.UnjoinDevice;
import org.dccsim.gbcs.asn1.UnjoinDevice.ResponseCode;

/**
 * CS04 Unjoin Device (AC for method A or C partners, B for the GPF a GSME joined by method B):
 * removes the other device from the device log. [?] A method B unjoin of a device that is not a
 * GPF is an OTHER_FAILURE.
 */
final class UnjoinDeviceUseCase extends DerUseCase<UnjoinDevice.Command> {

  static final int CS04AC = 0x000F;
  static final int CS04B = 0x0010;


  UnjoinDeviceUseCase(int messageCode) {
    super(messageCode, UnjoinDevice.Command.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, UnjoinDevice.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    ResponseCode code = unjoin(device, request);
    return device.respond(command, new UnjoinDevice.Response(code).toDer(), Optional.empty(), services);
  }

  private ResponseCode unjoin(EmulatedDevice device, UnjoinDevice.Command request) {
    Optional<ResponseCode> fault = CommonFaults.useCaseCode(device, messageCode(), ResponseCode.values());
    if (fault.isPresent()) {
      return fault.get();
    }
    DeviceLog log = DeviceJoins.logOf(device);
    int i = log == null ? -1 : log.indexOf(request.otherDeviceId());
    if (i < 0) {
      return ResponseCode.NOT_IN_DEVICE_LOG;
    }
    if (messageCode() == CS04B && log.type(i) != GbcsDeviceType.GPF) {
      return ResponseCode.OTHER_FAILURE;
    }
    log.remove(request.otherDeviceId());
    return ResponseCode.SUCCESS;
  }
}

package org.dccsim.device.common;

import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.ReadDeviceJoinDetails;
import org.dccsim.gbcs.asn1.ReadOutcome;

/** CS07 Read Device Join Details: the device log, entry by entry. */
final class ReadDeviceJoinDetailsUseCase extends DerUseCase<ReadDeviceJoinDetails.Command> {

  static final int MESSAGE_CODE = 0x0013;

  ReadDeviceJoinDetailsUseCase() {
    super(MESSAGE_CODE, ReadDeviceJoinDetails.Command.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, ReadDeviceJoinDetails.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    ReadDeviceJoinDetails.Response response = CommonFaults.useCase(device, MESSAGE_CODE).isPresent()
        ? new ReadDeviceJoinDetails.Response(ReadOutcome.READ_FAILURE, Optional.empty())
        : new ReadDeviceJoinDetails.Response(ReadOutcome.SUCCESS, Optional.of(entries(device)));
    return device.respond(command, response.toDer(), Optional.empty(), services);
  }

  private static List<DeviceLogEntry> entries(EmulatedDevice device) {
    DeviceLog log = DeviceJoins.logOf(device);
    return log == null ? List.of() : log.entries();
  }
}

package org.dccsim.device.gpf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.common.DerCommands;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.GpfDeviceLog;
import org.dccsim.gbcs.asn1.JoinDevice;

/**
 * GCS59 Restore GPF Device Log (after a Comms Hub replacement): the entries replace the GPF's
 * device log, each answered SUCCESS, or DEVICE LOG FULL beyond the log's capacity.
 */
final class RestoreDeviceLogUseCase implements DeviceUseCase<Gpf> {

  static final int MESSAGE_CODE = 0x008C;

  @Override
  public int messageCode() {
    return MESSAGE_CODE;
  }

  @Override
  public byte[] execute(Gpf gpf, VerifiedCommand command, DeviceServices services) throws CommandRejected {
    DerCommands.Parsed<GpfDeviceLog.RestoreCommand> parsed =
        DerCommands.read(command, GpfDeviceLog.RestoreCommand.class);
    GpfDeviceLog.RestoreCommand restore = parsed.payload();
    List<DeviceLogEntry> kept = new ArrayList<>();
    List<GpfDeviceLog.RestoreOutcome> outcomes = new ArrayList<>();
    for (DeviceLogEntry e : restore.entries()) {
      boolean room = kept.size() < Gpf.DEVICE_LOG_CAPACITY;
      if (room) {
        kept.add(e);
      }
      outcomes.add(new GpfDeviceLog.RestoreOutcome(e,
          room ? JoinDevice.ResponseCode.SUCCESS : JoinDevice.ResponseCode.DEVICE_LOG_FULL));
    }
    gpf.restoreDeviceLog(kept);
    return gpf.respond(command, parsed.answer(new GpfDeviceLog.RestoreResponse(outcomes)), Optional.empty(),
        services);
  }
}

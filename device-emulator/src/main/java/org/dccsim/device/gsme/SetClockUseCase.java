package org.dccsim.device.gsme;

import java.time.Instant;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.common.DerCommands;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.SetTime;

/**
 * GCS28 Set Clock on GSME (and its commissioning form): the command gives a validity interval;
 * the meter answers its own time, RELIABLE when that time lies within the interval and UNRELIABLE
 * otherwise, as the RTDS success and error scenarios show. The meter keeps no clock of its own
 * beyond its drift from the simulation's, so the answer is also the judgement a User reads.
 */
final class SetClockUseCase implements DeviceUseCase<Gsme> {

  static final int MESSAGE_CODE = 0x007F;

  @Override
  public int messageCode() {
    return MESSAGE_CODE;
  }

  @Override
  public byte[] execute(Gsme meter, VerifiedCommand command, DeviceServices services) throws CommandRejected {
    DerCommands.Parsed<SetTime.Command> parsed = DerCommands.read(command, SetTime.Command.class);
    SetTime.Command set = parsed.payload();
    Instant now = meter.now(services);
    boolean reliable = !now.isBefore(set.validityIntervalStart()) && !now.isAfter(set.validityIntervalEnd());
    SetTime.Response response = new SetTime.Response(now,
        reliable ? SetTime.DeviceTimeStatus.RELIABLE : SetTime.DeviceTimeStatus.UNRELIABLE);
    return meter.respond(command, parsed.answer(response), Optional.empty(), services);
  }
}

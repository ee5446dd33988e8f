package org.dccsim.device.common;

import java.time.Instant;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.ActivateFirmware;
import org.dccsim.gbcs.asn1.ActivateFirmware.ExecutionOutcome;
import org.dccsim.gbcs.asn1.ActivateFirmware.ResponseCode;

/**
 * CS06 Activate Firmware: activates the held image with the command's hash, at once (the response
 * carries the outcome and the version now running) or at the execution date-time (the response
 * accepts it; an alert 8F66 or 8F67 reports the outcome to the sender); 9999-12-31T23:59:59Z
 * cancels a pending activation. The payload repeats the command's originator counter.
 */
final class ActivateFirmwareUseCase extends DerUseCase<ActivateFirmware.Command> {

  static final int MESSAGE_CODE = 0x0012;
  static final int ALERT_MESSAGE_CODE = 0x00CA;

  ActivateFirmwareUseCase() {
    super(MESSAGE_CODE, ActivateFirmware.Command.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, ActivateFirmware.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    if (request.originatorCounter() != command.apdu().originatorCounter()) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID,
          "payload counter " + request.originatorCounter() + " is not the command's");
    }
    Optional<Instant> at = request.executionDateTime();
    ActivateFirmware.Response accepted = new ActivateFirmware.Response(Optional.empty());
    if (at.isPresent() && at.get().equals(PendingCommands.CANCELLATION)) {
      PendingCommands.cancel(device, MESSAGE_CODE);
      return respond(device, command, accepted, services);
    }
    if (at.isPresent()) {
      TrustAnchor sender = command.sender();
      Instant when = at.get();
      PendingCommands.schedule(device, command, when, services, () -> {
        ExecutionOutcome outcome = activate(device, request);
        int alertCode = outcome.code() == ResponseCode.SUCCESS
            ? UpdateSecurityCredentialsUseCase.EXECUTED : UpdateSecurityCredentialsUseCase.EXECUTION_FAILED;
        device.raiseAlert(sender, ALERT_MESSAGE_CODE, (time, counter) ->
            new ActivateFirmware.Alert(alertCode, when, request.originatorCounter(), outcome).toDer(), services);
      });
      return respond(device, command, accepted, services);
    }
    return respond(device, command, new ActivateFirmware.Response(Optional.of(activate(device, request))), services);
  }

  private static ExecutionOutcome activate(EmulatedDevice device, ActivateFirmware.Command request) {
    Optional<ResponseCode> fault = CommonFaults.useCaseCode(device, MESSAGE_CODE, ResponseCode.values());
    if (fault.isPresent()) {
      return new ExecutionOutcome(fault.get(), DeviceFirmware.version(device));
    }
    return DeviceFirmware.activate(device, request.manufacturerImageHash());
  }

  private static byte[] respond(EmulatedDevice device, VerifiedCommand command, ActivateFirmware.Response response,
      DeviceServices services) {
    return device.respond(command, response.toDer(), DerCommands.now(device, services), services);
  }
}

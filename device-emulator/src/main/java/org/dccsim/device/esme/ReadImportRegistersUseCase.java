package org.dccsim.device.esme;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.ImportRegisterReadings;
import org.dccsim.gbcs.usecase.ImportRegisterReadings.RegisterValue;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.gbcs.usecase.UnexpectedPayloadException;

/**
 * ECS17b: the ESME reads its import registers and answers with them encrypted for the requester
 * (device KA × requester KA), the response MACed with the same pair of keys. Like the RTDS
 * response, it carries the device's date-time.
 */
final class ReadImportRegistersUseCase implements DeviceUseCase<Esme> {

  @Override
  public int messageCode() {
    return ReadInstantaneousImportRegisters.MESSAGE_CODE;
  }

  @Override
  public byte[] execute(Esme esme, VerifiedCommand command, DeviceServices services) throws CommandRejected {
    ReadInstantaneousImportRegisters.Request request;
    try {
      request = ReadInstantaneousImportRegisters.parseCommand(command.apdu());
    } catch (GbcsCodecException | UnexpectedPayloadException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, e.getMessage());
    }
    Instant now = esme.now(services);
    ImportRegisterReadings readings = new ImportRegisterReadings(
        new RegisterValue(esme.activeImportWh(now) & 0xFFFF_FFFFL, 0, RegisterValue.UNIT_WATT_HOUR),
        new RegisterValue(esme.reactiveImportVarh(now) & 0xFFFF_FFFFL, 0, RegisterValue.UNIT_VAR_HOUR),
        OptionalLong.empty());
    byte[] z = esme.sharedSecret(command.sender(), services);
    GeneralSigningApdu response = new ReadInstantaneousImportRegisters(services.payloadCipher())
        .response(request, readings, Optional.of(DeviceTime.cosem(now)), z);
    return services.mac().wrap(response, z);
  }
}

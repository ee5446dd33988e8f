package org.dccsim.device.esme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.usecase.ImportRegisterReadings;
import org.dccsim.gbcs.usecase.ImportRegisterReadings.RegisterValue;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.gbcs.usecase.UnexpectedPayloadException;
import org.dccsim.smki.RemotePartyRole;

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
  public Set<RemotePartyRole> senders() {
    return Set.of(RemotePartyRole.SUPPLIER, RemotePartyRole.NETWORK_OPERATOR);
  }

  @Override
  public byte[] execute(Esme esme, VerifiedCommand command, DeviceServices services) throws CommandRejected {
    ReadInstantaneousImportRegisters.Request request;
    try {
      request = ReadInstantaneousImportRegisters.parseCommand(command.apdu());
    } catch (GbcsCodecException | UnexpectedPayloadException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, e.getMessage());
    }
    Instant now = services.clock().instant();
    ImportRegisterReadings readings = new ImportRegisterReadings(
        new RegisterValue(esme.activeImportWh(now) & 0xFFFF_FFFFL, 0, RegisterValue.UNIT_WATT_HOUR),
        new RegisterValue(esme.reactiveImportVarh(now) & 0xFFFF_FFFFL, 0, RegisterValue.UNIT_VAR_HOUR),
        OptionalLong.empty());
    GeneralSigningApdu response = new ReadInstantaneousImportRegisters(services.payloadCipher()).response(
        request, readings, Optional.of(deviceTime(now)), esme.keys().keyAgreement(), command.sender().keyAgreementKey());
    GbcsMac mac = services.mac();
    return mac.wrap(response, esme.keys().keyAgreement(), command.sender().keyAgreementKey());
  }

  static CosemDateTime deviceTime(Instant now) {
    return CosemDateTime.of(LocalDateTime.ofInstant(now, ZoneOffset.UTC), CosemDateTime.DEVIATION_NOT_SPECIFIED, 0xFF);
  }
}

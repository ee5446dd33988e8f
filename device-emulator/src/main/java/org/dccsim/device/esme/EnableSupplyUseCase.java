package org.dccsim.device.esme;

import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.usecase.EnableSupply;
import org.dccsim.gbcs.usecase.UnexpectedPayloadException;

/** ECS42: the supplier enables supply; the ESME closes its load switch and signs its response. */
final class EnableSupplyUseCase implements DeviceUseCase<Esme> {

  private static final int SUCCESS = 0;

  @Override
  public int messageCode() {
    return EnableSupply.MESSAGE_CODE;
  }

  @Override
  public byte[] execute(Esme esme, VerifiedCommand command, DeviceServices services) throws CommandRejected {
    EnableSupply.Request request;
    try {
      request = EnableSupply.parseCommand(command.apdu());
    } catch (GbcsCodecException | UnexpectedPayloadException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, e.getMessage());
    }
    esme.setSupplyState(SupplyState.ENABLED);
    return esme.respond(command, EnableSupply.response(request, SUCCESS, Optional.empty()).content().toByteArray(),
        Optional.empty(), services);
  }
}

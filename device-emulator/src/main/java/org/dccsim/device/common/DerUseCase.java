package org.dccsim.device.common;

import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.DerPayload;

/**
 * A shared use case whose command carries an ASN.1 DER payload: its message code, and the payload
 * read as the structure {@code C} (PAYLOAD_INVALID otherwise) before {@link #answer} runs.
 */
abstract class DerUseCase<C extends DerPayload> implements DeviceUseCase<EmulatedDevice> {

  private final int messageCode;
  private final Class<C> commandType;

  DerUseCase(int messageCode, Class<C> commandType) {
    this.messageCode = messageCode;
    this.commandType = commandType;
  }

  @Override
  public final int messageCode() {
    return messageCode;
  }

  @Override
  public final byte[] execute(EmulatedDevice device, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    return answer(device, DerCommands.parse(command, commandType), command, services);
  }

  /** The response to a command whose payload read as {@code request}. */
  abstract byte[] answer(EmulatedDevice device, C request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected;
}

package org.dccsim.device;

import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;

/**
 * How a device of type {@code D} executes one GBCS use case and answers it. Which remote party
 * roles may send the command is GBCS's (the use-case table), checked before this runs.
 *
 * @param <D> the device model the use case acts on
 */
public interface DeviceUseCase<D extends EmulatedDevice> {

  /** The GBCS message code of the command. */
  int messageCode();

  /**
   * Executes a verified command on the device's state.
   *
   * @return the complete response message (see {@link EmulatedDevice#respond})
   * @throws CommandRejected when the payload is not this use case's
   */
  byte[] execute(D device, VerifiedCommand command, DeviceServices services) throws CommandRejected;
}

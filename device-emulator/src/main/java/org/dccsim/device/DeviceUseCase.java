package org.dccsim.device;

import java.util.Set;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.smki.RemotePartyRole;

/**
 * How a device of type {@code D} executes one GBCS use case and answers it.
 *
 * @param <D> the device model the use case acts on
 */
public interface DeviceUseCase<D extends EmulatedDevice> {

  /** The GBCS message code of the command. */
  int messageCode();

  /** The remote party roles whose commands of this use case the device accepts. */
  Set<RemotePartyRole> senders();

  /**
   * Executes a verified command on the device's state.
   *
   * @return the complete response message (MACed or signed as GBCS requires)
   * @throws CommandRejected when the payload is not this use case's
   */
  byte[] execute(D device, VerifiedCommand command, DeviceServices services) throws CommandRejected;
}

package org.dccsim.gbcs.usecase;

import java.util.Set;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.RemotePartyRole;

/**
 * A GBCS use case (e.g. ECS17b "Read ESME Energy Registers (Import Energy)"): its name, the device
 * types its commands go to or its responses and alerts come from, the remote party roles that may
 * send its commands (empty for alerts, which devices send), and whether the DCC's access control
 * broker sends its commands on the User's behalf whoever the User is (Comms Hub device logs,
 * unknown-remote-party reads, joins by the DCC, ...).
 */
public record UseCase(
    String id, String name, Set<DeviceType> deviceTypes, Set<RemotePartyRole> senders, boolean sentByAccessControlBroker) {
  public UseCase {
    deviceTypes = Set.copyOf(deviceTypes);
    senders = Set.copyOf(senders);
  }
}

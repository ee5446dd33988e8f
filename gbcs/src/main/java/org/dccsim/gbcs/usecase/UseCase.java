package org.dccsim.gbcs.usecase;

import java.util.Set;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.RemotePartyRole;

/**
 * A GBCS use case (e.g. ECS17b "Read ESME Instantaneous Import Registers"): its name, the device
 * types its commands go to or its responses and alerts come from, and the remote party roles that
 * may send its commands (empty for alerts, which devices send).
 */
public record UseCase(String id, String name, Set<DeviceType> deviceTypes, Set<RemotePartyRole> senders) {
  public UseCase {
    deviceTypes = Set.copyOf(deviceTypes);
    senders = Set.copyOf(senders);
  }
}

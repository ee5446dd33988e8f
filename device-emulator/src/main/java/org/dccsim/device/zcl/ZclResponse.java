package org.dccsim.device.zcl;

import java.util.Objects;
import org.dccsim.gbcs.gbz.ZclCommand;

/**
 * A reply a cluster command produces (Publish..., ...Response), and whether its ZCL header
 * disables the default response, as GBCS devices set it per command (the RTDS shows both).
 */
public record ZclResponse(ZclCommand command, boolean disableDefaultResponse) {

  public ZclResponse {
    Objects.requireNonNull(command);
  }
}

package org.dccsim.dcc.transform;

import java.util.Optional;
import org.dccsim.gbcs.gbz.GeneralCommands.ReadAttributes;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/** One ZCL command of a GSME/GPF command: the cluster it addresses, the command, a "from" date-time. */
public record ZclCall(int clusterId, Optional<ZclUtcTime> fromDateTime, ZclCommand command) {

  public static ZclCall of(int clusterId, ZclCommand command) {
    return new ZclCall(clusterId, Optional.empty(), command);
  }

  /** Read Attributes of {@code attributeIds}, in the order GBCS lists them for the use case. */
  public static ZclCall read(int clusterId, Integer... attributeIds) {
    return of(clusterId, ReadAttributes.of(attributeIds));
  }
}

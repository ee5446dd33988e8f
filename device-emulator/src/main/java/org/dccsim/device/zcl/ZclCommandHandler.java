package org.dccsim.device.zcl;

import java.util.List;
import org.dccsim.gbcs.gbz.ZclCommand;

/**
 * What a cluster-specific command does on a device: its effect on state, and its replies (none
 * means a Default Response SUCCESS). A failure answers the command with a Default Response of
 * the failure's status.
 */
@FunctionalInterface
public interface ZclCommandHandler<D extends ZclDevice> {

  List<ZclResponse> handle(D device, ZclCommand command, ZclContext<D> context) throws ZclFailure;
}

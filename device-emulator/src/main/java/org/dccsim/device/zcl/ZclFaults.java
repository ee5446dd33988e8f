package org.dccsim.device.zcl;

import java.util.List;

/**
 * A device's faults: attributes or commands that answer with an error status (ZCL 2.5.3, e.g.
 * {@link ZclStatus#HARDWARE_FAILURE}), the destructive testing a lab cannot offer. A failing
 * command has no effect, and stops the rest of its message when its status does
 * ({@link ZclStatus#stopsMessage}).
 */
public final class ZclFaults<D extends ZclDevice> {

  private final ZclEngine<D> engine;
  private final D device;

  public ZclFaults(ZclEngine<D> engine, D device) {
    this.engine = engine;
    this.device = device;
  }

  public ZclFaults<D> fail(ZclAttributeRef ref, int status) {
    synchronized (device) {
      engine.fail(device, ref, status);
    }
    return this;
  }

  public ZclFaults<D> fail(ZclCommandRef ref, int status) {
    return failAfter(ref, 0, status);
  }

  /** The command succeeds {@code successes} more times, then fails with {@code status}. */
  public ZclFaults<D> failAfter(ZclCommandRef ref, int successes, int status) {
    synchronized (device) {
      engine.fail(device, ref, status, successes);
    }
    return this;
  }

  /**
   * The command is acknowledged with {@code replies} and not executed: a device that answers but
   * does nothing (a Clear Event Log that clears no log, RTDS CS11 ERROR).
   */
  public ZclFaults<D> answerWithoutExecuting(ZclCommandRef ref, List<ZclResponse> replies) {
    synchronized (device) {
      engine.answerWithoutExecuting(device, ref, replies);
    }
    return this;
  }

  /** Removes every fault. */
  public ZclFaults<D> heal() {
    synchronized (device) {
      engine.heal(device);
    }
    return this;
  }
}

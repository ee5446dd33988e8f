package org.dccsim.device.common;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.VerifiedCommand;

/**
 * The future-dated commands a device holds, one per message code (a later one replaces an earlier
 * one, and the far-future date-time 9999-12-31T23:59:59Z cancels it). The work itself waits in the
 * {@link org.dccsim.device.DeviceScheduler}; the device only remembers which command is still due,
 * by its originator counter, so that a cancelled or replaced one does nothing when its time comes.
 */
final class PendingCommands {

  /** The execution date-time that cancels the pending command of the same message code. */
  static final Instant CANCELLATION = Instant.parse("9999-12-31T23:59:59Z");

  private final Map<Integer, Long> dueByCode = new HashMap<>(2);

  /**
   * Holds {@code command} until {@code at}, then runs {@code execution} under the device's lock,
   * unless it was cancelled or replaced meanwhile. Called under the device's lock.
   */
  static void schedule(EmulatedDevice device, VerifiedCommand command, Instant at, DeviceServices services,
      Runnable execution) {
    int code = command.code().code();
    long counter = command.apdu().originatorCounter();
    device.common().pending().dueByCode.put(code, counter);
    services.scheduler().schedule(at, () -> {
      synchronized (device) {
        CommonState c = device.commonIfPresent();
        PendingCommands p = c == null ? null : c.pending;
        if (p == null || !p.release(code, counter)) {
          return;
        }
        execution.run();
      }
    });
  }

  /** Cancels the command pending under a message code; false when there was none. Under the device's lock. */
  static boolean cancel(EmulatedDevice device, int messageCode) {
    CommonState c = device.commonIfPresent();
    return c != null && c.pending != null && c.pending.dueByCode.remove(messageCode) != null;
  }

  /** Whether a command is pending under a message code. Under the device's lock. */
  static boolean isPending(EmulatedDevice device, int messageCode) {
    CommonState c = device.commonIfPresent();
    return c != null && c.pending != null && c.pending.dueByCode.containsKey(messageCode);
  }

  private boolean release(int code, long counter) {
    Long due = dueByCode.get(code);
    if (due == null || due != counter) {
      return false;
    }
    dueByCode.remove(code);
    return true;
  }
}

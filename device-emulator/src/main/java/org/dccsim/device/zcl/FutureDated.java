package org.dccsim.device.zcl;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.gbz.GbzAlertBody;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * GBZ future-dated commands: the execution time is a field of the command (start time,
 * implementation date-time, or the component's from date-time). Written
 * <ul>
 *   <li>0 or a time already past: the effect happens at once;
 *   <li>FFFFFFFF or FFFFFFFE: the command of that kind pending on the device is cancelled;
 *   <li>a later time: the effect happens then, through the device's scheduler, and the device
 *       raises 8F66 (executed) or 8F67 (failed) to the role that sent the command, in the RTDS
 *       form (alert message code 00CD: message code, originator counter, cluster, frame control,
 *       command id; time stamp the execution time). A later command of the same kind replaces a
 *       pending one.
 * </ul>
 */
public final class FutureDated {

  /** The GBZ future-dated execution outcome alert (FutureDatedExecutionAlertGbz). */
  public static final int ALERT_MESSAGE_CODE = 0x00CD;

  private static final AtomicLong TOKENS = new AtomicLong();

  /** An effect that may fail with a ZCL status. */
  @FunctionalInterface
  public interface Effect {
    void run() throws ZclFailure;
  }

  private FutureDated() {}

  /** Runs {@code effect} at {@code when} as described above. */
  public static <D extends ZclDevice> void at(ZclContext<D> context, ZclUtcTime when, Effect effect)
      throws ZclFailure {
    if (!(context.device() instanceof EmulatedDevice device)) {
      throw new IllegalArgumentException("a future-dated command runs on an emulated device");
    }
    ZclDevice zclDevice = context.device();
    GbzComponent component = context.component();
    int key = ZclCommandRef.of(component.clusterId(), component.header()).key();
    long s = when.seconds();
    if (s == 0xFFFFFFFFL || s == 0xFFFFFFFEL) {
      if (zclDevice.zclMemory() != null) {
        zclDevice.zclMemory().clearPending(key);
      }
      return;
    }
    Instant at = when.instant();
    VerifiedCommand command = context.command();
    if (s == 0 || !at.isAfter(context.now()) || command == null) {
      effect.run();
      return;
    }
    long token = TOKENS.incrementAndGet();
    zclDevice.zclMemoryForWrite().pending(key, token);
    GbzAlertBody.FutureDatedOutcome outcome = new GbzAlertBody.FutureDatedOutcome(command.code().code(),
        command.apdu().originatorCounter(), component.clusterId(), component.header().frameControl(),
        component.header().commandId());
    context.services().scheduler().schedule(at, () -> {
      int alert;
      synchronized (device) {
        ZclMemory m = zclDevice.zclMemory();
        Long current = m == null ? null : m.pending(key);
        if (current == null || current != token) {
          return; // cancelled or replaced
        }
        m.clearPending(key);
        try {
          effect.run();
          alert = GbzPayload.Alert.FUTURE_DATED_ACTIONED;
        } catch (ZclFailure f) {
          alert = GbzPayload.Alert.FUTURE_DATED_NOT_ACTIONED;
        }
      }
      GbzPayload.Alert payload = new GbzPayload.Alert(alert, when, outcome);
      device.raiseAlert(command.sender().role(), ALERT_MESSAGE_CODE, (t, counter) -> GbzCodec.encode(payload),
          context.services());
    });
  }
}

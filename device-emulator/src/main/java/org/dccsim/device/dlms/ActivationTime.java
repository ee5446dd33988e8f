package org.dccsim.device.dlms;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.smki.RemotePartyRole;

/**
 * An activation time: the attribute (a COSEM date-time as a 12-byte octet string) whose writing
 * makes passive values active, as GBCS future-dated commands do (activity calendar attribute 10,
 * charge attribute 7, the GBCS "future-dated" objects' attribute 6). Written
 * <ul>
 *   <li>with year 0000 (RTDS "immediate") or a time already past: the copies happen at once;
 *   <li>with year FFFF: the pending activation is cancelled (nothing happens at its time);
 *   <li>with a later time: the copies happen then, through {@link DeviceServices#scheduler()}, and
 *       the device raises 8F66 (executed) or 8F67 (failed: a copy met a fault) to the role that
 *       sent the command, in the RTDS form: message code, counter, class, logical name and
 *       attribute of the activation time.
 * </ul>
 * A pending activation holds nothing on the device but its stored time: at its time it runs only
 * if the attribute still holds that time.
 */
public final class ActivationTime {

  /** The DLMS future-dated execution outcome alert (FutureDatedExecutionAlertDlms). */
  public static final int ALERT_MESSAGE_CODE = 0x00CC;
  public static final int EXECUTED = 0x8F66;
  public static final int FAILED = 0x8F67;

  /** One passive value that becomes active. */
  public record Copy(ObisCode from, int fromAttribute, ObisCode to, int toAttribute) {

    /** Within one object: a passive attribute into an active one. */
    public static Copy within(ObisCode instance, int from, int to) {
      return new Copy(instance, from, instance, to);
    }
  }

  private ActivationTime() {}

  /**
   * The activation time attribute {@code attribute} of object {@code classId}/{@code self}.
   *
   * @param initial the value devices start with (RTDS: all FF, nothing pending)
   */
  public static <D extends EmulatedDevice & CosemDevice> CosemAttribute<D> attribute(
      int classId, ObisCode self, int attribute, List<Copy> copies) {
    return attribute(classId, self, attribute, copies, null);
  }

  /**
   * What a device does just before an activation's copies, at the activation's time: e.g. an ESME
   * closes its TOU registers under the outgoing calendar.
   */
  @FunctionalInterface
  public interface BeforeActivation<D> {
    void run(D device, CosemContext context) throws CosemAccessException;
  }

  /**
   * The activation time attribute, with {@code before} run before the copies (null: nothing).
   */
  public static <D extends EmulatedDevice & CosemDevice> CosemAttribute<D> attribute(
      int classId, ObisCode self, int attribute, List<Copy> copies, BeforeActivation<D> before) {
    List<Copy> all = List.copyOf(copies);
    DlmsData never = DlmsData.octetString(NEVER);
    return CosemAttribute.<D>value(never).onWriteOnly((device, value, context) -> {
      if (!(value instanceof OctetString o) || o.value().length() != CosemDateTime.LENGTH) {
        throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "an activation time is a 12-byte date-time");
      }
      CosemEngine<D> engine = context.engine();
      engine.store(device, self, attribute, value);
      CosemDateTime time = CosemDateTime.of(o.value().toByteArray());
      if (time.year() == 0xFFFF) {
        return;
      }
      Optional<Instant> at = time.localDateTime().map(t -> t.toInstant(ZoneOffset.UTC));
      if (at.isEmpty() || !at.get().isAfter(context.now())) {
        activate(device, engine, all, before, context);
        return;
      }
      VerifiedCommand command = context.requireCommand();
      DeviceServices services = context.services();
      byte[] details = details(command, classId, self, attribute);
      RemotePartyRole recipient = command.sender().role();
      Instant when = at.get();
      services.scheduler().schedule(when, () -> {
        synchronized (device) {
          if (!value.equals(engine.stored(device, self, attribute))) {
            return;
          }
          boolean executed;
          try {
            activate(device, engine, all, before, new CosemContext(engine, services, when, null));
            executed = true;
          } catch (CosemAccessException e) {
            executed = false;
          }
          int alertCode = executed ? EXECUTED : FAILED;
          device.raiseAlert(recipient, ALERT_MESSAGE_CODE, (t, counter) -> DlmsCodec.encode(
              new DlmsAlert(alertCode, DeviceTime.cosem(when), List.of(DlmsData.octetString(details)))
                  .toNotification(LongInvokeIdAndPriority.forCounter(counter))), services);
        }
      });
    });
  }

  private static <D extends CosemDevice> void activate(D device, CosemEngine<D> engine, List<Copy> copies,
      BeforeActivation<D> before, CosemContext context) throws CosemAccessException {
    if (before != null) {
      before.run(device, context);
    }
    for (Copy c : copies) {
      engine.store(device, c.to(), c.toAttribute(), engine.stored(device, c.from(), c.fromAttribute()));
    }
  }

  /** Message code (2), originator counter (8), class (2), logical name (6), attribute (1). */
  static byte[] details(VerifiedCommand command, int classId, ObisCode self, int attribute) {
    return ByteBuffer.allocate(19)
        .putShort((short) command.apdu().messageCode())
        .putLong(command.apdu().originatorCounter())
        .putShort((short) classId)
        .put(self.toBytes())
        .put((byte) attribute)
        .array();
  }

  private static final byte[] NEVER = {
    (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
    (byte) 0xFF, (byte) 0x80, 0x00, (byte) 0xFF
  };
}

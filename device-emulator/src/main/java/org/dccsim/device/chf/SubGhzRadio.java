package org.dccsim.device.chf;

import java.nio.ByteBuffer;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.smki.Eui64;

/**
 * A hub's Sub GHz radio as the DCC hears of it (DBCH use cases): the configuration a DBCH04 sets is
 * announced (DBCH09), a scan a DBCH05 requests is assessed (DBCH08); and the radio events a test
 * or scenario makes happen (duty-cycle action, channel change, discarded message, no capacity left)
 * raise their alerts to the access control broker as the RTDS shows them.
 */
public final class SubGhzRadio {

  static final int LIMITED_DUTY_CYCLE_MESSAGE_CODE = 0x0110;
  static final int LIMITED_DUTY_CYCLE = 0x8F20;
  static final int CHANNEL_CHANGED_MESSAGE_CODE = 0x0111;
  static final int CHANNEL_CHANGED = 0x8F26;
  static final int SCAN_ASSESSED_MESSAGE_CODE = 0x0112;
  static final int SCAN_ASSESSED = 0x8F28;
  static final int CONFIGURATION_CHANGED_MESSAGE_CODE = 0x0113;
  static final int CONFIGURATION_CHANGED = 0x8F2A;
  static final int MESSAGE_DISCARDED_MESSAGE_CODE = 0x0114;
  static final int MESSAGE_DISCARDED = 0x8F2C;
  static final int NO_CAPACITY_MESSAGE_CODE = 0x0115;
  static final int NO_CAPACITY = 0x8F2D;

  private SubGhzRadio() {}

  /** DBCH06: the hub limited its transmissions to a device to keep within its duty cycle. */
  public static boolean limitedDutyCycleActionTaken(CommsHub hub, Eui64 device, DeviceServices services) {
    return alert(hub, LIMITED_DUTY_CYCLE_MESSAGE_CODE, LIMITED_DUTY_CYCLE, eui(device), services);
  }

  /**
   * DBCH07: the hub moved to another channel, which reads from then on (DBCH01).
   *
   * @param channel the channel as its 32-bit string (page and channel mask)
   * @param reason [?] the octet the RTDS gives after the channel (00 in its only example)
   */
  public static boolean channelChanged(CommsHub hub, long channel, int reason, DeviceServices services) {
    DlmsData bits = ChfObjects.bits(channel);
    synchronized (hub) {
      try {
        CommsHub.ENGINE.store(hub, ChfObjects.SUB_GHZ_CHANNEL, 2, bits);
      } catch (CosemAccessException e) {
        // a fault injected on the channel: the radio still changed channel and says so
      }
    }
    return alert(hub, CHANNEL_CHANGED_MESSAGE_CODE, CHANNEL_CHANGED,
        DlmsData.structure(bits, DlmsData.octetString(new byte[] {(byte) reason})), services);
  }

  /**
   * DBCH08: the outcome of a channel scan. [?] The RTDS's only example carries two single octets, 00
   * and 00; dccsim reads them as the assessment outcome and the action taken.
   */
  public static boolean scanAssessed(CommsHub hub, int outcome, int action, DeviceServices services) {
    return alert(hub, SCAN_ASSESSED_MESSAGE_CODE, SCAN_ASSESSED, DlmsData.structure(
        DlmsData.octetString(new byte[] {(byte) outcome}), DlmsData.octetString(new byte[] {(byte) action})), services);
  }

  /**
   * DBCH10: the hub discarded a message to keep within its duty cycle: who sent it, to whom, [?] an
   * octet the RTDS gives as 01, and the message's originator counter.
   */
  public static boolean messageDiscarded(CommsHub hub, Eui64 originator, Eui64 recipient, int kind, long counter,
      DeviceServices services) {
    ByteBuffer b = ByteBuffer.allocate(8 + 8 + 1 + 8);
    b.putLong(originator.value()).putLong(recipient.value()).put((byte) kind).putLong(counter);
    return alert(hub, MESSAGE_DISCARDED_MESSAGE_CODE, MESSAGE_DISCARDED, DlmsData.octetString(b.array()), services);
  }

  /** DBCH11: the hub has no capacity left for another Sub GHz device, and refused {@code device}. */
  public static boolean noCapacityFor(CommsHub hub, Eui64 device, DeviceServices services) {
    return alert(hub, NO_CAPACITY_MESSAGE_CODE, NO_CAPACITY, eui(device), services);
  }

  /** A DBCH04 set the configuration: the new configuration goes to the DCC in a DBCH09 alert. */
  static void configurationChanged(CommsHub hub, DlmsData configuration, CosemContext context) {
    alert(hub, CONFIGURATION_CHANGED_MESSAGE_CODE, CONFIGURATION_CHANGED, configuration, context.services());
  }

  /** A DBCH05 asked for a channel scan: [?] the scan finds the channel in use fit and stays on it. */
  static void scanRequested(CommsHub hub, DlmsData request, CosemContext context) {
    scanAssessed(hub, 0, 0, context.services());
  }

  private static boolean alert(CommsHub hub, int messageCode, int alertCode, DlmsData details,
      DeviceServices services) {
    return HubAlerts.raise(hub, messageCode, alertCode, details, services);
  }

  private static DlmsData eui(Eui64 device) {
    return DlmsData.octetString(device.toBytes());
  }
}

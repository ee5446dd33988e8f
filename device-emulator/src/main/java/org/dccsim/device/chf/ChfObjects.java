package org.dccsim.device.chf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.dlms.AccessResult;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemAttribute;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemObjectModel;
import org.dccsim.device.dlms.EventLogs;
import org.dccsim.device.dlms.ProfileBuffer;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.smki.Eui64;

/**
 * The COSEM objects of a Comms Hub Function, shared by every hub: its two HAN device logs (ZigBee
 * network control, class 104: the CHF's own, 0-0:30.3.0.255, and its GPF's, 0-0:30.3.1.255, with
 * register/unregister/backup/restore, each change announced in a CS14 alert), its clock (the
 * device's time, drift included), identity (96.1.x), event and security logs (99.98.x: the
 * security log lists the commands the hub refused),
 * and the Sub GHz configuration, channel and channel log (94.44.10.x; DBCH use cases).
 */
final class ChfObjects {

  static final ObisCode CHF_LOG = obis(0, 0, 30, 3, 0, 255);
  static final ObisCode GPF_LOG = obis(0, 0, 30, 3, 1, 255);
  static final ObisCode SUB_GHZ_CONFIGURATION = obis(0, 0, 94, 44, 10, 0);
  static final ObisCode SUB_GHZ_SCAN_REQUEST = obis(0, 0, 94, 44, 10, 1);
  static final ObisCode SUB_GHZ_CHANNEL = obis(0, 0, 94, 44, 10, 2);
  static final ObisCode SUB_GHZ_CHANNEL_LOG = obis(0, 0, 94, 44, 10, 3);
  static final ObisCode EVENT_LOG = obis(0, 0, 99, 98, 0, 255);
  static final ObisCode SECURITY_LOG = obis(0, 0, 99, 98, 1, 255);
  static final ObisCode DEVICE_ID = obis(0, 0, 96, 1, 1, 255);
  static final ObisCode DEVICE_IDENTITY = obis(0, 0, 96, 1, 4, 255);
  static final ObisCode FIRMWARE_IDENTITY = obis(0, 0, 96, 1, 6, 255);

  static final ObisCode CLOCK = obis(0, 0, 1, 0, 0, 255);

  static final int ZIGBEE_NETWORK_CONTROL = 104;
  static final int CLOCK_CLASS = 8;
  static final int DATA = 1;
  static final int PROFILE_GENERIC = 7;

  /**
   * [?] The Sub GHz configuration every hub starts with (channel masks, duty-cycle thresholds and
   * timers): GBCS leaves the values to the CHF; these are placeholders of the right shape.
   */
  static final DlmsData DEFAULT_SUB_GHZ_CONFIGURATION = DlmsData.structure(
      bits(0xE0000001L), bits(0xE8000001L), bits(0xF0000001L), bits(0xF8000001L),
      DlmsData.longUnsigned(100), DlmsData.longUnsigned(200), DlmsData.unsigned(4), DlmsData.longUnsigned(6),
      DlmsData.unsigned(6), DlmsData.unsigned(10), DlmsData.longUnsigned(5000), DlmsData.unsigned(100),
      DlmsData.longUnsigned(90), DlmsData.longUnsigned(5000), DlmsData.longUnsigned(3000));

  /** [?] The channel a hub uses until told otherwise. */
  static final DlmsData DEFAULT_SUB_GHZ_CHANNEL = bits(0xE0000001L);

  static final CosemObjectModel<CommsHub> MODEL = build();

  private ChfObjects() {}

  private static CosemObjectModel<CommsHub> build() {
    return CosemObjectModel.<CommsHub>builder()
        .object(ZIGBEE_NETWORK_CONTROL, CHF_LOG, o -> hanLog(o, 0))
        .object(ZIGBEE_NETWORK_CONTROL, GPF_LOG, o -> hanLog(o, 1))
        .object(CLOCK_CLASS, CLOCK, o -> o.attribute(2, CosemAttribute.computed(
            (hub, stored, access, context) -> DlmsData.octetString(DeviceTime.cosem(context.now()).toByteArray()))))
        .object(DATA, DEVICE_ID, o -> o.attribute(2, CosemAttribute.computed(
            (hub, stored, access, context) -> DlmsData.octetString(hub.id().toBytes()))))
        .object(DATA, DEVICE_IDENTITY, o -> o.attribute(2, CosemAttribute.constant(ascii("DCCSIMCH"))))
        .object(DATA, FIRMWARE_IDENTITY, o -> o.attribute(2, CosemAttribute.constant(ascii("DCCSIM"))))
        .object(PROFILE_GENERIC, EVENT_LOG, o -> o.attribute(2, ProfileBuffer.log(EventLogs.EVENT_ROW)))
        .object(PROFILE_GENERIC, SECURITY_LOG, o -> o.attribute(2,
            EventLogs.<CommsHub>securityLog()))
        .object(DATA, SUB_GHZ_CONFIGURATION, o -> o.attribute(2,
            CosemAttribute.<CommsHub>value(DEFAULT_SUB_GHZ_CONFIGURATION).onWrite(SubGhzRadio::configurationChanged)))
        .object(DATA, SUB_GHZ_SCAN_REQUEST, o -> o.attribute(2,
            CosemAttribute.<CommsHub>value(DlmsData.unsigned(0)).onWrite(SubGhzRadio::scanRequested)))
        .object(DATA, SUB_GHZ_CHANNEL, o -> o.attribute(2, CosemAttribute.<CommsHub>value(DEFAULT_SUB_GHZ_CHANNEL)
            .readOnly()))
        .object(PROFILE_GENERIC, SUB_GHZ_CHANNEL_LOG, o -> o.attribute(2, ProfileBuffer.log(EventLogs.EVENT_ROW)))
        .build();
  }

  /**
   * A HAN device log: 2 joining enabled, 3 join timeout (seconds), 4 the devices in the log with
   * their link statistics; methods 1 register a device, 2 unregister it, 4 back the log up, 5
   * restore it.
   */
  private static void hanLog(CosemObjectModel.ObjectBuilder<CommsHub> o, int log) {
    o.attribute(2, CosemAttribute.value(DlmsData.BooleanValue.FALSE));
    o.attribute(3, CosemAttribute.value(DlmsData.longUnsigned(60)));
    o.attribute(4, CosemAttribute.computed((hub, stored, access, context) -> activeDevices(hub.hanLog(log), context)));
    // CCS01 gives {EUI-64, enum, install code, enum}: [?] the enums (key type and a flag, as dccsim
    // reads them) change nothing the hub emulates
    o.method(1, (hub, parameter, context) -> {
      List<DlmsData> e = elements(parameter, 4);
      Eui64 device = eui(e.get(0));
      byte[] installCode = octets(e.get(2));
      HanDeviceLog current = hub.hanLog(log);
      if (current.indexOf(device) < 0 && current.size() >= HanDeviceLog.CAPACITY) {
        throw new CosemAccessException(AccessResult.TEMPORARY_FAILURE, "device log full");
      }
      hub.setHanLog(log, current.with(device, installCode));
      WhitelistAlerts.changed(hub, log, context);
      return null;
    });
    o.method(2, (hub, parameter, context) -> {
      Eui64 device = eui(parameter);
      HanDeviceLog current = hub.hanLog(log);
      if (current.indexOf(device) < 0) {
        // [?] GBCS names no result for removing an absent device; the object holds no such entry
        throw new CosemAccessException(AccessResult.OBJECT_UNAVAILABLE, device + " is not in the log");
      }
      hub.setHanLog(log, current.without(device));
      WhitelistAlerts.changed(hub, log, context);
      return null;
    });
    o.method(4, (hub, parameter, context) -> backup(hub.hanLog(log), context));
    o.method(5, (hub, parameter, context) -> {
      List<DlmsData> e = elements(parameter, 2);
      byte[] pan = octets(e.get(0));
      if (pan.length != 8 || !(e.get(1) instanceof DlmsArray entries)) {
        throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "not {extended PAN id, entries}");
      }
      HanDeviceLog restored = HanDeviceLog.empty(ByteSlice.copyOf(pan));
      for (DlmsData entry : entries.elements()) {
        List<DlmsData> pair = elements(entry, 2);
        restored = restored.with(eui(pair.get(0)), octets(pair.get(1)));
      }
      if (restored.size() > HanDeviceLog.CAPACITY) {
        throw new CosemAccessException(AccessResult.TEMPORARY_FAILURE, "more devices than the log holds");
      }
      hub.setHanLog(log, restored);
      WhitelistAlerts.changed(hub, log, context);
      return null;
    });
  }

  /** Backup: the time, the extended PAN id, and each device with its key. */
  static DlmsData backup(HanDeviceLog log, CosemContext context) {
    List<DlmsData> entries = new ArrayList<>(log.size());
    for (int i = 0; i < log.size(); i++) {
      entries.add(DlmsData.structure(DlmsData.octetString(log.device(i).toBytes()), DlmsData.octetString(log.key(i))));
    }
    return DlmsData.structure(DlmsData.octetString(DeviceTime.cosem(context.now()).toByteArray()),
        DlmsData.octetString(log.extendedPanId().toByteArray()), new DlmsArray(entries));
  }

  /**
   * The devices of a log with their link statistics. [?] The hub keeps no radio statistics: each
   * device reads as joined, heard at the time of reading, with steady placeholder figures (status,
   * RSSI max/avg/min, LQI max/avg/min, last communication, hops, failures, successes, application and
   * stack versions); a user who needs particular figures pins the attribute.
   */
  static DlmsData activeDevices(HanDeviceLog log, CosemContext context) {
    List<DlmsData> rows = new ArrayList<>(log.size());
    DlmsData heard = DlmsData.octetString(DeviceTime.cosem(context.now()).toByteArray());
    for (int i = 0; i < log.size(); i++) {
      rows.add(DlmsData.structure(DlmsData.octetString(log.device(i).toBytes()),
          new DlmsData.BitString(8, ByteSlice.copyOf(new byte[] {(byte) 0xC0})),
          DlmsData.integer(-40), DlmsData.integer(-50), DlmsData.integer(-60),
          DlmsData.unsigned(255), DlmsData.unsigned(200), DlmsData.unsigned(150),
          heard, DlmsData.unsigned(1), DlmsData.unsigned(0), DlmsData.unsigned(100),
          DlmsData.unsigned(1), DlmsData.unsigned(1)));
    }
    return new DlmsArray(rows);
  }

  private static List<DlmsData> elements(DlmsData data, int n) throws CosemAccessException {
    if (!(data instanceof Structure s) || s.elements().size() != n) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "not a structure of " + n);
    }
    return s.elements();
  }

  private static byte[] octets(DlmsData data) throws CosemAccessException {
    if (!(data instanceof OctetString o)) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "not an octet-string");
    }
    return o.value().toByteArray();
  }

  private static Eui64 eui(DlmsData data) throws CosemAccessException {
    byte[] b = octets(data);
    if (b.length != 8) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "an EUI-64 has 8 octets, not " + b.length);
    }
    return Eui64.fromBytes(b);
  }

  static DlmsData bits(long value) {
    return new DlmsData.BitString(32, ByteSlice.copyOf(new byte[] {
        (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value}));
  }

  private static DlmsData ascii(String s) {
    return DlmsData.octetString(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static ObisCode obis(int a, int b, int c, int d, int e, int f) {
    return new ObisCode(a, b, c, d, e, f);
  }
}

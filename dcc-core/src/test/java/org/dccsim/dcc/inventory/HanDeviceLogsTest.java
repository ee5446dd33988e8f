package org.dccsim.dcc.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class HanDeviceLogsTest {

  private static final Eui64 HUB = Eui64.parse("00-DB-12-34-56-78-90-A2");
  private static final Eui64 PAN = Eui64.parse("00-DB-12-34-56-78-90-A3");
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  private static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  private static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090A0B0C0D0E0F");

  @Test
  void addingAndRemovingDevicesKeepsTheRecordedNetworkAndReplacesAnEntryOfTheSameDevice() {
    HanDeviceLogs logs = new HanDeviceLogs();
    logs.record(HUB, HanDeviceLog.commsHub(PAN, List.of(HanDeviceLogEntry.withoutLinkKey(ESME, DeviceType.ESME))));

    logs.add(HUB, new HanDeviceLogEntry(ESME, DeviceType.ESME, KEY));
    logs.add(HUB, HanDeviceLogEntry.withoutLinkKey(GSME, DeviceType.GSME));
    logs.remove(HUB, GSME);

    assertThat(logs.find(HUB)).contains(
        HanDeviceLog.commsHub(PAN, List.of(new HanDeviceLogEntry(ESME, DeviceType.ESME, KEY))));
  }

  @Test
  void aDeviceAddedToAnUnknownLogStartsOneWithoutANetworkAndRemovingFromAnUnknownLogRecordsNothing() {
    HanDeviceLogs logs = new HanDeviceLogs();

    logs.add(PAN, HanDeviceLogEntry.withoutLinkKey(GSME, DeviceType.GSME));
    logs.remove(HUB, ESME);

    assertThat(logs.find(PAN))
        .contains(HanDeviceLog.of(List.of(HanDeviceLogEntry.withoutLinkKey(GSME, DeviceType.GSME))));
    assertThat(logs.find(HUB)).isEmpty();
  }

  @Test
  void anEntryKeepsItsOwnCopyOfTheHashedLinkKeyWhichIsSixteenBytesOrNone() {
    byte[] key = KEY.clone();
    HanDeviceLogEntry entry = new HanDeviceLogEntry(ESME, DeviceType.ESME, key);
    key[0] = 9;
    entry.hashedTcLinkKey()[1] = 9;

    assertThat(entry.hashedTcLinkKey()).isEqualTo(KEY);
    assertThatThrownBy(() -> new HanDeviceLogEntry(ESME, DeviceType.ESME, new byte[15]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15");
  }

  @Test
  void aLogNamesEachDeviceOnce() {
    assertThatThrownBy(() -> HanDeviceLog.of(List.of(
        HanDeviceLogEntry.withoutLinkKey(ESME, DeviceType.ESME), new HanDeviceLogEntry(ESME, DeviceType.ESME, KEY))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ESME.toString());
  }
}

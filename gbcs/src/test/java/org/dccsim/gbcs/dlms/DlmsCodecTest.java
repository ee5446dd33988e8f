package org.dccsim.gbcs.dlms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.junit.jupiter.api.Test;

class DlmsCodecTest {

  private static ByteSlice hex(String h) {
    return ByteSlice.copyOf(HexFormat.of().parseHex(h));
  }

  @Test
  void decodesTheScalarTypesWithTheirSignedness() throws GbcsCodecException {
    assertThat(DlmsCodec.decodeData(hex("0FFF"))).isEqualTo(DlmsData.integer(-1));
    assertThat(DlmsCodec.decodeData(hex("11FF"))).isEqualTo(DlmsData.unsigned(255));
    assertThat(DlmsCodec.decodeData(hex("10FFFE")))
        .isEqualTo(new DlmsData.IntegerValue(IntegerType.LONG, -2));
    assertThat(DlmsCodec.decodeData(hex("06FFFFFFFF"))).isEqualTo(DlmsData.doubleLongUnsigned(0xFFFFFFFFL));
    assertThat(DlmsCodec.decodeData(hex("05FFFFFFFF")))
        .isEqualTo(new DlmsData.IntegerValue(IntegerType.DOUBLE_LONG, -1));
    assertThat(DlmsCodec.decodeData(hex("15FFFFFFFFFFFFFFFF")))
        .isEqualTo(new DlmsData.IntegerValue(IntegerType.LONG64_UNSIGNED, -1L));
    assertThat(DlmsCodec.decodeData(hex("0301"))).isEqualTo(new DlmsData.BooleanValue(1));
    assertThat(DlmsCodec.decodeData(hex("040AFFC0")))
        .isEqualTo(new DlmsData.BitString(10, ByteSlice.copyOf(new byte[] {(byte) 0xFF, (byte) 0xC0})));
    assertThat(((DlmsData.TextString) DlmsCodec.decodeData(hex("0A024142"))).text()).isEqualTo("AB");
  }

  @Test
  void encodesNestedStructuresWithLongCounts() throws GbcsCodecException {
    DlmsData[] many = new DlmsData[200];
    java.util.Arrays.fill(many, DlmsData.nullData());
    DlmsData value = DlmsData.structure(DlmsData.array(many), DlmsData.octetString(new byte[300]));

    byte[] bytes = DlmsCodec.encodeData(value);

    assertThat(bytes).startsWith(0x02, 0x02, 0x01, 0x81, 200);
    assertThat(DlmsCodec.decodeData(ByteSlice.copyOf(bytes))).isEqualTo(value);
  }

  @Test
  void aLongerLengthFormThanNeededIsRefused() {
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("098102ABCD")))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(1))
        .hasMessageContaining("shortest form");
  }

  @Test
  void unknownTypesAndDeepNestingAreCodecErrors() {
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("0E"))).hasMessageContaining("tag 14");
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("0201".repeat(40) + "00")))
        .hasMessageContaining("nested");
  }

  @Test
  void encodesTheEcs42EnableSupplyActionExactly() {
    AccessRequest request =
        new AccessRequest(
            LongInvokeIdAndPriority.forCounter(1000),
            Optional.empty(),
            List.of(AccessRequestSpec.action(9, new ObisCode(0, 0, 10, 0, 106, 255), 1)),
            List.of(DlmsData.longUnsigned(0x33)));

    assertThat(HexFormat.of().withUpperCase().formatHex(DlmsCodec.encode(request)))
        .isEqualTo("D9200003E8000103000900000A006AFF0101120033");
  }

  @Test
  void decodesACompactArrayIntoTypedElementsAndEncodesItBack() throws GbcsCodecException {
    // structure {double-long-unsigned, long-unsigned, octet-string}: two entries, the second with 2 bytes
    ByteSlice bytes = hex("13" + "0203061209" + "10" + "1C35F900" + "8F01" + "00" + "1C3602FD" + "8154" + "02009B");

    DlmsData.CompactArray c = (DlmsData.CompactArray) DlmsCodec.decodeData(bytes);

    assertThat(c.elements())
        .containsExactly(
            DlmsData.structure(DlmsData.doubleLongUnsigned(0x1C35F900L), DlmsData.longUnsigned(0x8F01),
                DlmsData.octetString(new byte[0])),
            DlmsData.structure(DlmsData.doubleLongUnsigned(0x1C3602FDL), DlmsData.longUnsigned(0x8154),
                DlmsData.octetString(new byte[] {0, (byte) 0x9B})));
    assertThat(DlmsCodec.encodeData(c)).isEqualTo(bytes.toByteArray());
  }

  @Test
  void describedArraysInsideACompactArrayCarryNoCount() throws GbcsCodecException {
    DlmsTypeDescription pair = new DlmsTypeDescription.ArrayOf(2, DlmsTypeDescription.simple(17));
    DlmsData.CompactArray c = new DlmsData.CompactArray(pair,
        List.of(DlmsData.array(DlmsData.unsigned(1), DlmsData.unsigned(2)),
            DlmsData.array(DlmsData.unsigned(3), DlmsData.unsigned(4))));

    byte[] bytes = DlmsCodec.encodeData(c);

    assertThat(HexFormat.of().withUpperCase().formatHex(bytes)).isEqualTo("1301000211" + "04" + "01020304");
    assertThat(DlmsCodec.decodeData(ByteSlice.copyOf(bytes))).isEqualTo(c);
  }

  @Test
  void contentsThatEndInsideAnElementOrElementsOfNoBytesAreRefused() {
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("13020206120" + "5" + "1C35F9008F")))
        .isInstanceOf(GbcsCodecException.class);
    // long-unsigned elements: three bytes are one element and a half
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("1312038F0100")))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(5));
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("130001FF")))
        .hasMessageContaining("zero bytes");
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("1301FFFF0000")))
        .hasMessageContaining("at least one byte");
    assertThatThrownBy(() -> DlmsCodec.decodeData(hex("130E00")))
        .hasMessageContaining("tag 14");
  }

  @Test
  void aCompactArrayOnlyHoldsElementsItsDescriptionFits() {
    assertThatThrownBy(() -> new DlmsData.CompactArray(DlmsTypeDescription.simple(18),
        List.of(DlmsData.unsigned(1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DlmsData.CompactArray(DlmsTypeDescription.simple(0),
        List.of(DlmsData.nullData())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheAlertCodeDateTimeAndDetailsOfADataNotification() throws GbcsCodecException {
    // RTDS NA_ECS102 input alert: 8F87, 2015-01-01, two unsigned details
    ByteSlice payload = hex("0F200007D0000204128F87090C07DF0101FF000000008000FF1121110A");

    DataNotification n = DlmsCodec.decodeDataNotification(payload);
    DlmsAlert alert = DlmsAlert.of(n);

    assertThat(n.longInvokeIdAndPriority()).isEqualTo(0x200007D0L);
    assertThat(alert.alertCodeHex()).isEqualTo("8F87");
    assertThat(alert.dateTime().year()).isEqualTo(2015);
    assertThat(alert.details()).containsExactly(DlmsData.unsigned(0x21), DlmsData.unsigned(0x0A));
    assertThat(DlmsCodec.encode(alert.toNotification(0x200007D0L))).isEqualTo(payload.toByteArray());
  }

  @Test
  void aNotificationWhoseBodyIsNoAlertIsRefusedAtTheFieldAtFault() throws GbcsCodecException {
    DataNotification wrongCode = DlmsCodec.decodeDataNotification(
        hex("0F200007D00002021100090C07DF0101FF000000008000FF"));
    DataNotification shortTime = DlmsCodec.decodeDataNotification(hex("0F200007D0000202128F870902FFFF"));

    assertThatThrownBy(() -> DlmsAlert.of(wrongCode))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(8))
        .hasMessageContaining("alert code");
    assertThatThrownBy(() -> DlmsAlert.of(shortTime))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(11))
        .hasMessageContaining("date-time");
    assertThatThrownBy(() -> DlmsAlert.of(new DataNotification(0, Optional.empty(), DlmsData.unsigned(1))))
        .hasMessageContaining("alert structure");
  }
}

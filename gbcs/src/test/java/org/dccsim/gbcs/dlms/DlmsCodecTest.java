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
}

package org.dccsim.gbcs.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class GeneralSigningApduTest {

  private static final Eui64 SUPPLIER = Eui64.parse("90B3D51F30010000");
  private static final Eui64 ESME = Eui64.parse("00DB1234567890A0");

  private static String hex(ByteSlice s) {
    return s.toString();
  }

  @Test
  void encodesAResponseHeaderWithDateTimeAndTheSignedSpanExcludesTagAndSignature() throws Exception {
    GroupingHeader header =
        GroupingHeader.of(CraFlag.COMMAND, 0x3E8, SUPPLIER, ESME, 0x0027)
            .response(Optional.of(CosemDateTime.of(LocalDateTime.of(2015, 1, 1, 0, 0), 0x8000, 0xFF)));
    GeneralSigningApdu apdu = GeneralSigningApdu.create(header, new byte[] {(byte) 0xDA, 1}, SignatureField.NULL);

    assertThat(hex(apdu.encoded()))
        .isEqualTo(
            "DF0902" + "00000000000003E8" + "0800DB1234567890A0" + "0890B3D51F30010000"
                + "0C07DF0101FF000000008000FF" + "020027" + "02DA01" + "00");
    assertThat(hex(apdu.signedSpan())).startsWith("0902").endsWith("02DA01");
    assertThat(hex(apdu.content())).isEqualTo("DA01");
    assertThat(GbcsCodec.decodeApdu(apdu.encoded().toByteArray())).isEqualTo(apdu);
  }

  @Test
  void aResponseKeepsTheRemotePartyButNotItsCertificate() {
    OtherInformation command = new OtherInformation(0x0096, Optional.of(SUPPLIER), OptionalLong.of(1100),
        OptionalLong.empty(), Optional.of(ByteSlice.copyOf(new byte[400])));
    GroupingHeader response = new GroupingHeader(CraFlag.COMMAND, 1300, SUPPLIER, ESME, Optional.empty(), command)
        .response(Optional.empty());

    assertThat(response.otherInformation()).isEqualTo(
        new OtherInformation(0x0096, Optional.of(SUPPLIER), OptionalLong.of(1100), OptionalLong.empty(), Optional.empty()));
    assertThat(response.originator()).isEqualTo(ESME);
  }

  @Test
  void contentsOf128BytesAndMoreTakeTheLongLengthForms() throws Exception {
    for (int n : new int[] {127, 128, 255, 256, 3000}) {
      GeneralSigningApdu apdu =
          GeneralSigningApdu.create(
              GroupingHeader.of(CraFlag.ALERT, 1, ESME, SUPPLIER, 0x1000), new byte[n], SignatureField.ABSENT);
      GeneralSigningApdu back = GbcsCodec.decodeApdu(apdu.encoded().toByteArray());
      assertThat(back.content().length()).isEqualTo(n);
      assertThat(back.encoded().length()).isEqualTo(apdu.encoded().length());
    }
  }

  @Test
  void theOriginatorCounterIsUnsigned64Bit() throws Exception {
    GeneralSigningApdu apdu =
        GeneralSigningApdu.create(
            GroupingHeader.of(CraFlag.COMMAND, -1L, SUPPLIER, ESME, 0x0027), new byte[] {1}, SignatureField.NULL);

    assertThat(hex(apdu.encoded())).startsWith("DF0901FFFFFFFFFFFFFFFF");
    assertThat(Long.toUnsignedString(GbcsCodec.decodeApdu(apdu.encoded().toByteArray()).originatorCounter()))
        .isEqualTo("18446744073709551615");
  }

  @Test
  void otherInformationFieldsAreCumulativeAndTheirLengthTellsThemApart() throws Exception {
    OtherInformation urp =
        new OtherInformation(
            0x0008, Optional.of(SUPPLIER), OptionalLong.of(7), OptionalLong.of(9), Optional.empty());
    GeneralSigningApdu apdu =
        GeneralSigningApdu.create(
            new GroupingHeader(CraFlag.RESPONSE, 5, ESME, SUPPLIER, Optional.empty(), urp),
            new byte[] {2},
            SignatureField.NULL);

    assertThat(GbcsCodec.decodeApdu(apdu.encoded().toByteArray()).header().otherInformation()).isEqualTo(urp);
    assertThat(urp.encodedLength()).isEqualTo(26);
    assertThatThrownBy(
            () -> new OtherInformation(8, Optional.empty(), OptionalLong.of(7), OptionalLong.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new OtherInformation(
                    8, Optional.of(SUPPLIER), OptionalLong.of(7), OptionalLong.empty(),
                    Optional.of(ByteSlice.copyOf(new byte[8]))))
        .hasMessageContaining("longer than 8");
  }

  @Test
  void otherInformationOfAnImpossibleLengthIsACodecError() {
    byte[] bad = HexFormat.of().parseHex("DF090100000000000003E80890B3D51F300100000800DB1234567890A000" + "03002700" + "00");
    assertThatThrownBy(() -> GbcsCodec.decode(bad))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(30))
        .hasMessageContaining("other-information");
  }

  @Test
  void aSignatureMustBe64Bytes() {
    assertThatThrownBy(() -> SignatureField.of(new byte[63])).hasMessageContaining("64 bytes");
  }
}

package org.dccsim.gbcs.gbz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.gbz.GeneralCommands.AttributeRecord;
import org.dccsim.gbcs.gbz.GeneralCommands.ReadAttributes;
import org.dccsim.gbcs.gbz.GeneralCommands.ReadAttributesResponse;
import org.dccsim.gbcs.gbz.PrepaymentCommands.CreditAdjustment;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.security.SensitivePayloadParties;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.junit.jupiter.api.Test;

class GbzCodecTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  @Test
  void aCreditAdjustmentBuiltFromItsFieldsIsTheRtdsGcs40aPayload() throws GbcsCodecException {
    CreditAdjustment adjust = new CreditAdjustment(
        ZclUtcTime.of(Instant.parse("2015-01-01T00:00:00Z")).seconds(), ZclUtcTime.NOW, 0, 0x5A5A);
    GbzPayload payload = GbzPayload.UseCase.of(
        GbzComponent.of(PrepaymentCommands.CLUSTER, ZclHeader.of(adjust, 0, false), adjust));

    byte[] bytes = GbzCodec.encode(payload);

    assertThat(HEX.formatHex(bytes)).isEqualTo("0109010107050010010005804a371c00000000005a5a0000");
    assertThat(GbzCodec.decode(ByteSlice.copyOf(bytes))).isEqualTo(payload);
  }

  @Test
  void theLastFlagAndTheFromDateTimeAreSetFromTheComponentsNotStored() throws GbcsCodecException {
    ReadAttributes read = ReadAttributes.of(0x0001);
    GbzComponent first = new GbzComponent(0x0702, Optional.of(new ZclUtcTime(0x1C0E6C00L)),
        ZclHeader.of(read, 0, false), new GbzComponent.Plain(read));
    GbzComponent second = GbzComponent.of(0x0705, ZclHeader.of(read, 1, false), read);

    byte[] bytes = GbzCodec.encode(GbzPayload.UseCase.of(first, second));

    assertThat(HEX.formatHex(bytes))
        .isEqualTo("010902" + "100702" + "0009" + "1c0e6c00" + "000000" + "0100" + "010705" + "0005" + "000100" + "0100");
    assertThat(GbzCodec.decode(ByteSlice.copyOf(bytes))).isEqualTo(GbzPayload.UseCase.of(first, second));
  }

  @Test
  void anAlertIsToldFromAComponentListByItsCode() throws GbcsCodecException {
    GbzPayload alert = GbzCodec.decode(ByteSlice.copyOf(HEX.parseHex(
        "0109018f66388188900e006b00000000000003ed07070900")));

    assertThat(alert).isEqualTo(new GbzPayload.Alert(0x8F66, new ZclUtcTime(0x38818890L),
        new GbzAlertBody.FutureDatedOutcome(0x006B, 0x3ED, 0x0707, 0x09, 0x00)));
    assertThat(GbzCodec.decode(ByteSlice.copyOf(HEX.parseHex("010900810e1c374a80"))))
        .isEqualTo(new GbzPayload.Alert(0x810E, new ZclUtcTime(0x1C374A80L), new GbzAlertBody.None()));
  }

  @Test
  void anEncryptedComponentDecryptsToTheCommandThatWasEncrypted() throws Exception {
    SecureRandom random = new SecureRandom();
    KeyPair device = EcKeys.generate(random);
    KeyPair supplier = EcKeys.generate(random);
    GbzComponentCipher cipher = new GbzComponentCipher(new SensitivePayloadCipher(
        new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 8))));
    ReadAttributesResponse readings = new ReadAttributesResponse(List.of(
        AttributeRecord.success(0x0000, new ZclValue.Fixed(ZclValue.UINT48, 123_456)),
        AttributeRecord.failure(0x0001, 0x86)));
    SensitivePayloadParties parties = new SensitivePayloadParties(GSME, 1000, SUPPLIER);
    ZclHeader header = new ZclHeader(ZclHeader.SERVER_TO_CLIENT | ZclHeader.DISABLE_DEFAULT_RESPONSE, 0, 0x01);

    GbzComponent sealed = cipher.encrypt(0x0702, header, readings, 0, parties, device.getPrivate(), supplier.getPublic());
    GbzPayload payload = GbzCodec.decode(ByteSlice.copyOf(GbzCodec.encode(GbzPayload.UseCase.of(sealed))));
    GbzComponent received = ((GbzPayload.UseCase) payload).components().get(0);

    assertThat(received.encrypted()).isTrue();
    assertThat(cipher.decrypt(received, parties, supplier.getPrivate(), device.getPublic())).isEqualTo(readings);
    assertThatThrownBy(() -> cipher.decrypt(received, new SensitivePayloadParties(GSME, 1001, SUPPLIER),
            supplier.getPrivate(), device.getPublic()))
        .isInstanceOf(GbcsSecurityException.class);
  }

  @Test
  void malformedPayloadsNameTheOffsetAtFault() {
    assertOffset("0108010107050005000b0500", 0); // profile id
    assertOffset("010902" + "010705000508000b0500" + "010705000508000b0500", 3); // first marked last
    assertOffset("010901" + "200705000508000b0500", 3); // unknown control bit
    assertOffset("010901" + "010705000608000b0500", 3 + 5); // length beyond the payload
    assertOffset("010901" + "010705000608000b050000", 3 + 5 + 5); // a byte left in the component
    assertOffset("010901" + "010702000708000100009900", 3 + 5 + 6); // read attribute of data type 99
    assertOffset("010901" + "030702" + "0008" + "0000180001" + "0001aa", 3 + 5 + 5); // ciphered information too short
    assertOffset("0109028f66388188900e006b00000000000003ed07070900", 2); // a future-dated outcome counts 1
  }

  private static void assertOffset(String hex, int offset) {
    assertThatThrownBy(() -> GbzCodec.decode(ByteSlice.copyOf(HEX.parseHex(hex))))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).as(e.getMessage()).isEqualTo(offset));
  }
}

package org.dccsim.gbcs.asn1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.TimeBasedCpvChecks;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.junit.jupiter.api.Test;

class DerPayloadCodecTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private static ByteSlice hex(String h) {
    return ByteSlice.copyOf(HEX.parseHex(h));
  }

  private static GeneralSigningApdu rtds(String folder, String name) throws GbcsCodecException {
    byte[] b = RtdsFiles.bytes(folder, name);
    return b[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(b).apdu() : GbcsCodec.decodeApdu(b);
  }

  @Test
  void readsEveryPartOfACs02bSupplierBySupplierCommand() throws GbcsCodecException {
    GeneralSigningApdu apdu = rtds("6.15.1_CS02bSupplierBySupplier",
        "CS02bSupplierBySupplier_6.15.1_IMMEDIATE_SUCCESS_PRECOMMAND_GBCS.HEX");

    UpdateSecurityCredentials.Command c = (UpdateSecurityCredentials.Command) DerPayloadCodec.decode(apdu).payload();

    UpdateSecurityCredentials.AuthorisingRemotePartyControl control = c.control();
    assertThat(control.mode()).isEqualTo(CredentialsReplacementMode.SUPPLIER_BY_SUPPLIER);
    assertThat(control.mode().messageCode()).isEqualTo(apdu.messageCode());
    assertThat(control.timeBasedCpvChecks()).contains(TimeBasedCpvChecks.DISAPPLY);
    assertThat(control.authorisingRemotePartyCell())
        .contains(TrustAnchorCellIdentifier.management(RemotePartyRole.SUPPLIER, CertificateKeyUsage.DIGITAL_SIGNATURE));
    assertThat(control.authorisingRemotePartySeqNumber()).isEqualTo(apdu.originatorCounter());
    assertThat(control.newRemotePartyFloorSeqNumber()).isEqualTo(OptionalLong.of(0));
    assertThat(control.newRemotePartySpecialistFloorSeqNumbers()).contains(List.of(
        new UpdateSecurityCredentials.SpecialistSeqNumber(UpdateSecurityCredentials.SeqNumberUsage.PREPAYMENT_TOP_UP, 0)));
    assertThat(c.replacements()).extracting(UpdateSecurityCredentials.TrustAnchorReplacement::targetCell)
        .containsExactly(
            TrustAnchorCellIdentifier.management(RemotePartyRole.SUPPLIER, CertificateKeyUsage.DIGITAL_SIGNATURE),
            TrustAnchorCellIdentifier.management(RemotePartyRole.SUPPLIER, CertificateKeyUsage.KEY_AGREEMENT),
            new TrustAnchorCellIdentifier(RemotePartyRole.SUPPLIER, CertificateKeyUsage.KEY_AGREEMENT,
                CellUsage.PREPAYMENT_TOP_UP));
    assertThat(c.replacements().get(0).certificate().toSmki().subjectEui())
        .contains(Eui64.parse("90-B3-D5-1F-30-01-00-00"));
    assertThat(c.certificationPath()).hasSize(1);
    assertThat(c.executionDateTime()).isEmpty();
  }

  @Test
  void buildsAJoinCommandAndAFutureDatedActivationAsRtdsHasThem() {
    JoinDevice.Command join = new JoinDevice.Command(JoinDevice.Method.METHOD_A_INITIATOR,
        Eui64.parse("00-DB-12-34-56-78-90-9A"), GbcsDeviceType.HCALCS, Optional.empty());
    ActivateFirmware.Command activate = new ActivateFirmware.Command(
        hex("AA758690730934FF0685AA758690730934FF0685657788990011223344556677"), 0x3E9,
        Optional.of(Instant.parse("2030-01-15T09:00:00Z")));

    assertThat(HEX.formatHex(join.toDer())).isEqualTo("3010020100040800DB12345678909A020104");
    assertThat(HEX.formatHex(activate.toDer())).isEqualTo("30370420AA758690730934FF0685AA758690730934FF068565778899"
        + "0011223344556677020203E9180F32303330303131353039303030305A");
  }

  @Test
  void theTwoByteLengthFormOfRtdsResponsesIsKeptAndDerIsOneByteShorter() throws GbcsCodecException {
    GeneralSigningApdu apdu = rtds("6.24.1_CS02aMAC", "CS02aMAC_6.24.1_SUCCESS_RESPONSE_GBCS.HEX");

    DecodedDerPayload decoded = DerPayloadCodec.decode(apdu);
    byte[] der = decoded.payload().toDer();

    assertThat(decoded.lengthForm()).isEqualTo(DerLengthForm.TWO_BYTE_LONG_LENGTHS);
    assertThat(HEX.formatHex(decoded.encode())).startsWith("3082009F");
    assertThat(HEX.formatHex(der)).startsWith("30819F");
    assertThat(der).hasSize(apdu.content().length() - 1);
    DecodedDerPayload again = DerPayloadCodec.decode(0x0008, CraFlag.RESPONSE, ByteSlice.copyOf(der));
    assertThat(again).isEqualTo(new DecodedDerPayload(decoded.payload(), DerLengthForm.DER));
  }

  @Test
  void certificatesStayDerInsideATwoByteLengthPayload() throws GbcsCodecException {
    GeneralSigningApdu apdu = rtds("6.15.2_CS02d", "CS02d_6.15.2_SUCCESS_COMMAND_GBCS.HEX");
    EncodedCertificate certificate =
        ((UpdateDeviceCertificate.Command) DerPayloadCodec.decode(apdu).payload()).certificate();
    JoinDevice.Command join = new JoinDevice.Command(JoinDevice.Method.METHOD_C,
        Eui64.parse("00-DB-12-34-56-78-90-94"), GbcsDeviceType.GSME, Optional.of(certificate));

    byte[] twoByte = join.toDer(DerLengthForm.TWO_BYTE_LONG_LENGTHS);

    assertThat(HEX.formatHex(twoByte)).contains(certificate.der().toString());
    DecodedDerPayload decoded = DerPayloadCodec.decode(0x00AF, CraFlag.COMMAND, ByteSlice.copyOf(twoByte));
    assertThat(decoded.payload()).isEqualTo(join);
    // 437 bytes: a length DER writes on two bytes already, so both forms agree
    assertThat(decoded.lengthForm()).isEqualTo(DerLengthForm.DER);
  }

  @Test
  void aDefaultValueWrittenOutIsNotDerAndIsRefusedAtItsField() {
    // TrustAnchorCellIdentifier {supplier, digitalSignature, cellUsage management written out}
    ByteSlice payload = hex("3014" + "300A020102030207800201" + "00" + "3006020102020103");

    assertThatThrownBy(() -> DerPayloadCodec.decode(0x0008, CraFlag.COMMAND, payload))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(11))
        .hasMessageContaining("authorisingRemotePartyTACellIdentifier.cellUsage")
        .hasMessageContaining("DEFAULT");
  }

  @Test
  void unknownCodesAndShapesNameTheFieldAndOffset() {
    // remote party role 9 is no GBCS role
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x0008, CraFlag.COMMAND,
        hex("3011" + "3007020109030207 80".replace(" ", "") + "3006020102020103")))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(4))
        .hasMessageContaining("remotePartyRole");
    // a join response code beyond 13
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x000D, CraFlag.RESPONSE, hex("020120")))
        .hasMessageContaining("join response code");
    // a join command where the entity identifier is 7 bytes
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x000D, CraFlag.COMMAND, hex("300F02010004070102030405060702 0104".replace(" ", ""))))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(5))
        .hasMessageContaining("otherDeviceEntityIdentifier");
  }

  @Test
  void nonCanonicalEncodingsAndTrailingBytesAreRefused() {
    // indefinite length (BER)
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x0013, CraFlag.RESPONSE, hex("30800201010000")))
        .isInstanceOf(GbcsCodecException.class);
    // a three-byte length where one would do
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x0013, CraFlag.RESPONSE, hex("3083000003020101")))
        .isInstanceOf(GbcsCodecException.class);
    // trailing byte after the NULL command
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x0013, CraFlag.COMMAND, hex("050000")))
        .isInstanceOf(GbcsCodecException.class);
    // a GeneralizedTime with fractions of a second
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x007F, CraFlag.RESPONSE,
        hex("3016" + "1811" + HEX.formatHex("20150101000000.5Z".getBytes()) + "020100")))
        .hasMessageContaining("deviceTime");
  }

  @Test
  void aMessageCodeOrDirectionWithoutADerStructureIsRefused() {
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x0027, CraFlag.COMMAND, hex("0500")))
        .hasMessageContaining("0x0027");
    assertThatThrownBy(() -> DerPayloadCodec.decode(0x0012, CraFlag.ALERT, hex("0500")))
        .hasMessageContaining("no ALERT payload");
    assertThat(DerPayloadCodec.carriesDer(0x0102)).isTrue();
    assertThat(DerPayloadCodec.carriesDer(0x0027)).isFalse();
  }

  @Test
  void recordsRefuseValuesTheirStructureCannotHold() {
    assertThatThrownBy(() -> TrustAnchorCellIdentifier.management(RemotePartyRole.XML_SIGN,
        CertificateKeyUsage.DIGITAL_SIGNATURE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EncodedCertificate.of(new byte[] {0x30, 0x00}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IssueSecurityCredentials.Response.failed(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SetTime.Command(Instant.parse("2015-01-01T00:00:00.5Z"), Instant.EPOCH).toDer())
        .isInstanceOf(IllegalArgumentException.class);
  }
}

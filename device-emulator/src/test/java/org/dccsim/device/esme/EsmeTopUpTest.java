package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUplink;
import org.dccsim.device.dlms.AccessResult;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * CS01a on an ESME: a UTRN the supplier minted for the meter credits its balance once; a replay, a
 * UTRN whose MAC is not the supplier's, and a counter already passed are refused.
 */
class EsmeTopUpTest {

  private static final RtdsDeviceBench BENCH = SharedBench.BENCH;
  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  private static final DeviceServices SERVICES = BENCH.services(RtdsDeviceBench.RTDS_TIME, DeviceUplink.NONE);

  private final Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors());
  private final CosemContext context = new CosemContext(ENGINE, SERVICES, RtdsDeviceBench.RTDS_TIME, null);

  @Test
  void aGoodUtrnCreditsOnceAndItsReplayIsRefused() {
    ByteSlice utrn = mint(10, 7);

    assertThat(topUp(utrn)).isEqualTo(AccessResult.SUCCESS);
    assertThat(topUp(utrn)).as("replay").isEqualTo(AccessResult.READ_WRITE_DENIED);

    assertThat(esme.meterBalance()).isEqualTo(10 * EsmeObjectModel.CURRENCY_UNITS_PER_POUND);
    assertThat(esme.utrnCounter()).isEqualTo(7);
  }

  @Test
  void aUtrnWhoseMacIsNotTheSuppliersIsRefused() {
    ByteSlice forged = OurUtrns.mint(BENCH, RtdsDeviceBench.ESME, Utrn.ValueClass.POUNDS, 10, 7,
        RtdsDeviceBench.NETWORK_OPERATOR);

    assertThat(topUp(forged)).isEqualTo(AccessResult.READ_WRITE_DENIED);

    assertThat(esme.meterBalance()).isZero();
    assertThat(esme.cosemMemory(false)).as("a refused top-up leaves the meter at its defaults").isNull();
  }

  @Test
  void aLaterCounterIsAcceptedAndAPassedOneIsNot() {
    assertThat(topUp(mint(10, 7))).isEqualTo(AccessResult.SUCCESS);
    assertThat(topUp(mint(5, 9))).isEqualTo(AccessResult.SUCCESS);
    assertThat(topUp(mint(20, 8))).as("counter 8 after 9 would read as 8 + 1024, which the MAC is not for")
        .isEqualTo(AccessResult.READ_WRITE_DENIED);

    assertThat(esme.meterBalance()).isEqualTo(15 * EsmeObjectModel.CURRENCY_UNITS_PER_POUND);
    assertThat(esme.utrnCounter()).isEqualTo(9);
  }

  @Test
  void aCounterPastTheTruncationIsReconstructedFromItsLowBits() {
    assertThat(topUp(mint(1, 1023))).isEqualTo(AccessResult.SUCCESS);
    assertThat(topUp(mint(1, 1025))).as("the PTUT carries 1025 as 1").isEqualTo(AccessResult.SUCCESS);
    assertThat(esme.utrnCounter()).isEqualTo(1025);
  }

  @Test
  void aTopUpArmsASupplyItsCreditRestores() throws Exception {
    byte[] command = RtdsFiles.bytes("1.6_ECS03", "ECS03_1.6_IMMEDIATE_SINGLE_SUCCESS_COMMAND_GBCS.HEX");
    var apdu = command[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(command).apdu()
        : GbcsCodec.decodeApdu(command);
    AccessRequest prepayment = DlmsCodec.decodeAccessRequest(apdu.content());
    assertThat(ENGINE.execute(esme, prepayment, context).results())
        .allSatisfy(r -> assertThat(r.code()).isZero());
    esme.setSupplyState(SupplyState.DISABLED, RtdsDeviceBench.RTDS_TIME);

    assertThat(topUp(mint(10, 1))).isEqualTo(AccessResult.SUCCESS);

    assertThat(esme.supplyState()).as("above the disablement threshold (556677)").isEqualTo(SupplyState.ARMED);
  }

  private ByteSlice mint(int pounds, long counter) {
    return OurUtrns.mint(BENCH, RtdsDeviceBench.ESME, Utrn.ValueClass.POUNDS, pounds, counter);
  }

  private int topUp(ByteSlice utrn) {
    AccessRequest request = new AccessRequest(1, java.util.Optional.empty(),
        java.util.List.of(AccessRequestSpec.action(115, EsmeObjectModel.TOKEN_GATEWAY, 1)), java.util.List.of(new DlmsData.OctetString(utrn)));
    AccessResponse response = ENGINE.execute(esme, request, context);
    return response.results().get(0).code();
  }
}

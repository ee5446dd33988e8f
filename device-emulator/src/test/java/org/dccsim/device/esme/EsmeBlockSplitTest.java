package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * ECS17e's block registers follow the active block thresholds: with the RTDS ECS01a block tariff
 * (one rate, thresholds 10000 and 20000) activated, each month's import fills block 1 up to 10000,
 * block 2 up to 20000 and block 3 with the rest; the registers never go back and add up to the
 * total import. ECS05 (Reset Tariff Block Counter Matrix, script 99 of the tariffication script
 * table) starts the blocks again from block 1 mid-period.
 */
class EsmeBlockSplitTest {

  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  private static final CosemDescriptor BLOCKS = new CosemDescriptor(1, Obis.of("0-0:94.44.34.2"), 2);
  private static final Instant ACTIVATION = Instant.parse("2026-01-13T00:00:00Z");
  private static final Instant FEBRUARY = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

  private static final DeviceServices SERVICES = DeviceServices.create(Clock.fixed(ACTIVATION, ZoneOffset.UTC),
      org.dccsim.smki.crypto.CryptoProvider.BC, (eui, usage) -> {
        throw new AssertionError("no keys needed");
      });

  private final Esme esme = new Esme(RtdsDeviceBench.ESME, null);

  @Test
  void withoutThresholdsEverythingIsInTheFirstBlock() throws Exception {
    Instant t = ACTIVATION.plusSeconds(12 * 3600);
    long[] blocks = blocks(t);
    assertThat(blocks).hasSize(BlockSplit.REGISTERS);
    assertThat(blocks[0]).isEqualTo(esme.activeImportWh(t));
    assertThat(RegisterArrays.sum(blocks)).isEqualTo(blocks[0]);
  }

  @Test
  void eachMonthFillsTheBlocksInTurnUpToTheirThresholds() throws Exception {
    activateRtdsBlockTariff(ACTIVATION);
    long month = wh(MARCH) - wh(FEBRUARY);
    assertThat(month).as("the model imports past both thresholds in a month").isGreaterThan(20_000);

    long[] feb = blocks(FEBRUARY);
    long[] mar = blocks(MARCH);

    assertThat(mar[0] - feb[0]).isEqualTo(10_000);
    assertThat(mar[1] - feb[1]).isEqualTo(10_000);
    assertThat(mar[2] - feb[2]).isEqualTo(month - 20_000);
    assertThat(RegisterArrays.sum(mar)).isEqualTo(wh(MARCH));
  }

  @Test
  void theRegistersNeverGoBackAndAlwaysAddUpToTheTotal() throws Exception {
    activateRtdsBlockTariff(ACTIVATION);
    long[] previous = blocks(ACTIVATION);
    for (Instant t = ACTIVATION.plusSeconds(5 * 3600 + 17); t.isBefore(MARCH.plusSeconds(3 * 86_400));
        t = t.plusSeconds(7 * 3600 + 11)) {
      long[] now = blocks(t);
      assertThat(RegisterArrays.sum(now)).isEqualTo(wh(t));
      for (int r = 0; r < now.length; r++) {
        assertThat(now[r]).as("register %d at %s", r, t).isGreaterThanOrEqualTo(previous[r]);
      }
      previous = now;
    }
  }

  @Test
  void anActivationClosesTheRegistersAndKeepsTheMonthsConsumption() throws Exception {
    activateRtdsBlockTariff(ACTIVATION);
    Instant midFebruary = Instant.parse("2026-02-14T12:00:00Z");
    long[] feb = blocks(FEBRUARY);
    long[] before = blocks(midFebruary);

    activateRtdsBlockTariff(midFebruary);

    assertThat(blocks(midFebruary)).as("closed, not recounted").containsExactly(before);
    assertThat(ENGINE.stored(esme, BlockSplit.ACTIVATION, BlockSplit.CLOSED)).isInstanceOf(Structure.class);
    long[] mar = blocks(MARCH);
    assertThat(mar[0] - feb[0]).as("the month's block 1 still ends at its threshold").isEqualTo(10_000);
    assertThat(mar[1] - feb[1]).isEqualTo(10_000);
  }

  @Test
  void ecs05ResetsTheBlockCountersSoWhatFollowsFillsTheBlocksFromBlockOneAgain() throws Exception {
    activateRtdsBlockTariff(ACTIVATION);
    Instant midFebruary = Instant.parse("2026-02-20T00:00:00Z");
    long[] feb = blocks(FEBRUARY);
    long[] before = blocks(midFebruary);
    assertThat(before[0] - feb[0]).as("block 1 of the month full before the reset").isEqualTo(10_000);

    AccessResponse response = run("1.7_ECS05", "ECS05_1.7_SUCCESS_COMMAND_GBCS.HEX", midFebruary);

    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).isZero());
    assertThat(blocks(midFebruary)).as("the registers keep what they hold").containsExactly(before);
    long rest = wh(MARCH) - wh(midFebruary);
    long[] mar = blocks(MARCH);
    assertThat(mar[0] - before[0]).as("block 1 again").isEqualTo(Math.min(rest, 10_000)).isPositive();
    assertThat(mar[1] - before[1]).isEqualTo(Math.min(Math.max(rest - 10_000, 0), 10_000));
    assertThat(mar[2] - before[2]).isEqualTo(Math.max(rest - 20_000, 0));
    assertThat(RegisterArrays.sum(mar)).isEqualTo(wh(MARCH));
  }

  @Test
  void aBillRecordsTheRegistersAsEcs17dAndEcs17eReadThemAtItsTime() throws Exception {
    activateRtdsBlockTariff(ACTIVATION);
    BillingDataLog.capture(esme, MARCH);

    var log = (org.dccsim.gbcs.dlms.DlmsData.CompactArray) ENGINE.stored(esme, BillingDataLog.LOG, 2);
    Structure entry = (Structure) log.elements().get(log.elements().size() - 1);
    long[] tou = RegisterArrays.values(ENGINE.get(esme,
        new CosemDescriptor(1, Obis.of("0-0:94.44.34.1"), 2), null, context(MARCH)), 0);
    assertThat(RegisterArrays.values(entry, 2)).as("TOU registers").containsExactly(tou);
    long[] blocks = blocks(MARCH);
    assertThat(blocks[1]).as("the RTDS tariff has filled block 2").isPositive();
    for (int block = 0; block < 4; block++) {
      long[] expected = new long[BlockSplit.RATES];
      for (int rate = 0; rate < BlockSplit.RATES; rate++) {
        expected[rate] = blocks[rate * BlockSplit.BLOCKS + block];
      }
      assertThat(RegisterArrays.values(entry, 3 + block)).as("block %d over the rates", block + 1)
          .containsExactly(expected);
    }
  }

  @Test
  void aTariffScriptOtherThanTheBlockCounterResetChangesNothing() throws Exception {
    CosemDescriptor script = new CosemDescriptor(9, EsmeObjectModel.TARIFF_SCRIPTS, 1);
    ENGINE.invoke(esme, script, new IntegerValue(org.dccsim.gbcs.dlms.IntegerType.LONG_UNSIGNED, 3),
        context(ACTIVATION));

    assertThat(ENGINE.stored(esme, BlockSplit.ACTIVATION, BlockSplit.CLOSED)).as("no memory used")
        .isNotInstanceOf(Structure.class);
    assertThat(blocks(ACTIVATION)[0]).isEqualTo(wh(ACTIVATION));
  }

  private void activateRtdsBlockTariff(Instant at) throws Exception {
    byte[] bytes = RtdsFiles.bytes("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_BLOCK_SUCCESS_COMMAND_GBCS.HEX");
    var apdu = bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
    AccessRequest request = DlmsCodec.decodeAccessRequest(apdu.content());
    AccessResponse response = ENGINE.execute(esme, request, context(at));
    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).isZero());
  }

  private AccessResponse run(String folder, String file, Instant at) throws Exception {
    byte[] bytes = RtdsFiles.bytes(folder, file);
    var apdu = bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
    return ENGINE.execute(esme, DlmsCodec.decodeAccessRequest(apdu.content()), context(at));
  }

  private long[] blocks(Instant t) throws Exception {
    return RegisterArrays.values(ENGINE.get(esme, BLOCKS, null, context(t)), 0);
  }

  private long wh(Instant t) {
    return esme.activeImportWh(t);
  }


  private static CosemContext context(Instant t) {
    return new CosemContext(ENGINE, SERVICES, t, null);
  }
}

package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * ECS47e Limit APC [n] Level: the RTDS commands write the APC input (or output) limitation window,
 * 2015-01-03 00:00 to 01:00, and run an APC script; the level is in force within the window only,
 * a later run replaces it, and a meter never limited holds nothing for it.
 */
class EsmeApcLimitTest {

  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  private static final CosemDescriptor LEVEL = new CosemDescriptor(9, ApcLimit.SCRIPTS, ApcLimit.LEVEL_IN_FORCE);
  private static final String FOLDER = "7.16_ECS47e";
  private static final Instant COMMANDED = Instant.parse("2015-01-01T00:00:00Z");
  private static final Instant WINDOW_START = Instant.parse("2015-01-03T00:00:00Z");
  private static final Instant WINDOW_END = Instant.parse("2015-01-03T01:00:00Z");

  private static final DeviceServices SERVICES = DeviceServices.create(Clock.fixed(COMMANDED, ZoneOffset.UTC),
      org.dccsim.smki.crypto.CryptoProvider.BC, (eui, usage) -> {
        throw new AssertionError("no keys needed");
      });

  private final Esme esme = new Esme(RtdsDeviceBench.ESME, null);

  @Test
  void aMeterNeverLimitedHasNoLevelInForceAndNoMemoryForIt() throws Exception {
    assertThat(level(WINDOW_START)).isZero();
    assertThat(ENGINE.stored(esme, ApcLimit.SCRIPTS, ApcLimit.LIMIT)).isNotInstanceOf(DlmsData.DlmsArray.class);
  }

  @Test
  void theInputLimitHoldsWithinItsWindowOnly() throws Exception {
    AccessResponse response = run("ECS47e_7.16_APC_INPUT_SUCCESS_COMMAND_GBCS.HEX");

    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).isZero());
    assertThat(level(WINDOW_START.minusSeconds(1))).as("before the window").isZero();
    assertThat(level(WINDOW_START)).isEqualTo(9010);
    assertThat(level(WINDOW_END.minusSeconds(1))).isEqualTo(9010);
    assertThat(level(WINDOW_END)).as("after the window").isZero();
  }

  @Test
  void aLaterScriptRunReplacesTheLimit() throws Exception {
    run("ECS47e_7.16_APC_INPUT_SUCCESS_COMMAND_GBCS.HEX");
    run("ECS47e_7.16_APC_OUTPUT_SUCCESS_COMMAND_GBCS.HEX");

    assertThat(level(WINDOW_START.plusSeconds(600))).isEqualTo(5476);
  }

  private AccessResponse run(String file) throws Exception {
    byte[] bytes = RtdsFiles.bytes(FOLDER, file);
    var apdu = bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
    return ENGINE.execute(esme, DlmsCodec.decodeAccessRequest(apdu.content()), context(COMMANDED));
  }

  private long level(Instant t) throws Exception {
    return ((IntegerValue) ENGINE.get(esme, LEVEL, null, context(t))).value();
  }

  private static CosemContext context(Instant t) {
    return new CosemContext(ENGINE, SERVICES, t, null);
  }
}

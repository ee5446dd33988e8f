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
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * ECS17d's TOU registers follow the active calendar: with the RTDS ECS01a TOU tariff (summer from
 * 2015-03-29: weekdays rate 3 from 06:00 and rate 2 from 23:00, weekends rate 1) activated on a
 * Tuesday, each stretch's consumption lands on its rate, and the registers add up to the total
 * import.
 */
class EsmeTouSplitTest {

  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.SINGLE_ELEMENT);
  private static final CosemDescriptor TOU = new CosemDescriptor(1, Obis.of("0-0:94.44.34.1"), 2);
  /** A Tuesday. */
  private static final Instant TUESDAY = Instant.parse("2026-01-13T00:00:00Z");

  private static final DeviceServices SERVICES = DeviceServices.create(Clock.fixed(TUESDAY, ZoneOffset.UTC),
      org.dccsim.smki.crypto.CryptoProvider.BC, (eui, usage) -> {
        throw new AssertionError("no keys needed");
      });

  private final Esme esme = new Esme(RtdsDeviceBench.ESME, null);

  @Test
  void withoutATariffEverythingIsRateOne() throws Exception {
    Instant t = TUESDAY.plusSeconds(12 * 3600);
    long[] tou = tou(t);
    assertThat(tou[0]).isEqualTo(esme.activeImportWh(t));
    assertThat(RegisterArrays.sum(tou) - tou[0]).isZero();
  }

  @Test
  void eachStretchOfTheDayLandsOnTheRateTheCalendarGivesIt() throws Exception {
    activateRtdsTouTariff();

    long[] at6 = tou(TUESDAY.plusSeconds(6 * 3600));
    long[] at23 = tou(TUESDAY.plusSeconds(23 * 3600));
    long[] nextAt6 = tou(TUESDAY.plusSeconds(30 * 3600));

    assertThat(at23[2] - at6[2]).as("rate 3, 06:00-23:00")
        .isEqualTo(wh(TUESDAY.plusSeconds(23 * 3600)) - wh(TUESDAY.plusSeconds(6 * 3600))).isPositive();
    assertThat(at23[1] - at6[1]).isZero();
    assertThat(at23[0] - at6[0]).isZero();
    assertThat(nextAt6[1] - at23[1]).as("rate 2 overnight")
        .isEqualTo(wh(TUESDAY.plusSeconds(30 * 3600)) - wh(TUESDAY.plusSeconds(23 * 3600)));
    assertThat(nextAt6[2] - at23[2]).isZero();
  }

  @Test
  void aWeekendIsRateOneAndTheRegistersAddUpToTheTotal() throws Exception {
    activateRtdsTouTariff();
    Instant saturday = TUESDAY.plusSeconds(4 * 86_400);
    Instant sunday = saturday.plusSeconds(86_400);

    long[] sat = tou(saturday);
    long[] sun = tou(sunday.plusSeconds(3600 + 17));

    assertThat(sun[0] - sat[0]).isEqualTo(wh(sunday.plusSeconds(3600 + 17)) - wh(saturday));
    assertThat(sun[1] - sat[1]).isZero();
    assertThat(sun[2] - sat[2]).isZero();
    assertThat(RegisterArrays.sum(sun)).isEqualTo(wh(sunday.plusSeconds(3600 + 17)));
    assertThat(sun[1]).as("weekday nights since the activation").isPositive();
  }

  @Test
  void aBillRecordsTheTouRegistersOfItsTime() throws Exception {
    activateRtdsTouTariff();
    Instant friday = TUESDAY.plusSeconds(3 * 86_400 + 9 * 3600);

    BillingDataLog.capture(esme, friday);

    var log = (org.dccsim.gbcs.dlms.DlmsData.CompactArray) ENGINE.stored(esme, BillingDataLog.LOG, 2);
    long[] billed = RegisterArrays.values(log.elements().get(0), 2);
    assertThat(billed).containsExactly(tou(friday));
    assertThat(billed[1]).as("rate 2 nights").isPositive();
    assertThat(billed[2]).as("rate 3 days").isPositive();
  }

  @Test
  void aNewCalendarSplitsOnlyWhatFollowsItsActivation() throws Exception {
    activateRtdsTouTariff(TUESDAY);
    Instant wednesdayNoon = TUESDAY.plusSeconds(36 * 3600);
    long[] before = tou(wednesdayNoon);

    activateRtdsTouTariff(wednesdayNoon);

    assertThat(tou(wednesdayNoon)).as("closed, not recounted").containsExactly(before);
    assertThat(ENGINE.stored(esme, EsmeObjectModel.PRIMARY_CALENDAR, TouSplit.CLOSED)).isInstanceOf(Structure.class);
    long[] later = tou(wednesdayNoon.plusSeconds(3600));
    assertThat(later[2] - before[2]).isEqualTo(wh(wednesdayNoon.plusSeconds(3600)) - wh(wednesdayNoon));
  }

  private void activateRtdsTouTariff() throws Exception {
    activateRtdsTouTariff(TUESDAY);
  }

  private void activateRtdsTouTariff(Instant at) throws Exception {
    byte[] bytes = RtdsFiles.bytes("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_COMMAND_GBCS.HEX");
    var apdu = bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
    AccessRequest request = DlmsCodec.decodeAccessRequest(apdu.content());
    AccessResponse response = ENGINE.execute(esme, request, context(at));
    assertThat(response.results()).allSatisfy(r -> assertThat(r.code()).isZero());
  }

  private long[] tou(Instant t) throws Exception {
    return RegisterArrays.values(ENGINE.get(esme, TOU, null, context(t)), 0);
  }

  private long wh(Instant t) {
    return esme.activeImportWh(t);
  }


  private static CosemContext context(Instant t) {
    return new CosemContext(ENGINE, SERVICES, t, null);
  }
}

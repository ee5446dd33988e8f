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
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * A twin element meter's secondary element splits its own import into its 4 TOU registers
 * (ECS17d's second array) by its own calendar (0-0:13.0.1), independently of the primary's: the
 * RTDS ECS01a TOU calendar (weekdays rate 3 from 06:00, rate 2 from 23:00, weekends rate 1) is
 * written to the secondary calendar only and activated on a Tuesday.
 */
class EsmeSecondaryTouSplitTest {

  private static final CosemEngine<Esme> ENGINE = Esme.engine(EsmeVariant.TWIN_ELEMENT);
  private static final CosemDescriptor TOU = new CosemDescriptor(1, Obis.of("0-0:94.44.34.1"), 2);
  private static final ObisCode PRIMARY = Obis.of("0-0:13.0.0.255");
  private static final ObisCode SECONDARY = Obis.of("0-0:13.0.1.255");
  /** A Tuesday. */
  private static final Instant TUESDAY = Instant.parse("2026-01-13T00:00:00Z");

  private static final DeviceServices SERVICES = DeviceServices.create(Clock.fixed(TUESDAY, ZoneOffset.UTC),
      org.dccsim.smki.crypto.CryptoProvider.BC, (eui, usage) -> {
        throw new AssertionError("no keys needed");
      });

  private final Esme esme = new Esme(RtdsDeviceBench.ESME, null, EsmeVariant.TWIN_ELEMENT);

  @Test
  void withoutASecondaryCalendarTheSecondaryImportIsAllOnItsRateOne() throws Exception {
    Instant t = TUESDAY.plusSeconds(12 * 3600);
    long[] secondary = registers(t, 1);
    assertThat(secondary).hasSize(TouSplit.SECONDARY_TOU_RATES);
    assertThat(secondary[0]).isEqualTo(esme.secondaryActiveImportWh(t)).isPositive();
    assertThat(RegisterArrays.sum(secondary) - secondary[0]).isZero();
  }

  @Test
  void theSecondaryElementFollowsItsOwnCalendarAndThePrimaryStaysOnItsOwn() throws Exception {
    activateOnSecondaryCalendar(TUESDAY);
    Instant at6 = TUESDAY.plusSeconds(6 * 3600);
    Instant at23 = TUESDAY.plusSeconds(23 * 3600);
    Instant nextAt6 = TUESDAY.plusSeconds(30 * 3600);

    long[] s6 = registers(at6, 1);
    long[] s23 = registers(at23, 1);
    long[] sNext = registers(nextAt6, 1);

    assertThat(s23[2] - s6[2]).as("rate 3, 06:00-23:00")
        .isEqualTo(secondaryWh(at23) - secondaryWh(at6)).isPositive();
    assertThat(s23[0] - s6[0]).isZero();
    assertThat(s23[1] - s6[1]).isZero();
    assertThat(sNext[1] - s23[1]).as("rate 2 overnight").isEqualTo(secondaryWh(nextAt6) - secondaryWh(at23));
    assertThat(RegisterArrays.sum(sNext)).as("adds up to the secondary import").isEqualTo(secondaryWh(nextAt6));

    long[] primary = registers(nextAt6, 0);
    assertThat(primary[0]).as("primary calendar untouched: all rate 1").isEqualTo(esme.activeImportWh(nextAt6));
    assertThat(RegisterArrays.sum(primary) - primary[0]).isZero();
    assertThat(ENGINE.stored(esme, PRIMARY, TouSplit.CLOSED)).as("primary registers not closed")
        .isNotInstanceOf(Structure.class);
  }

  @Test
  void aNewSecondaryCalendarClosesTheSecondaryRegistersFirst() throws Exception {
    activateOnSecondaryCalendar(TUESDAY);
    Instant wednesdayNoon = TUESDAY.plusSeconds(36 * 3600);
    long[] before = registers(wednesdayNoon, 1);

    activateOnSecondaryCalendar(wednesdayNoon);

    assertThat(ENGINE.stored(esme, SECONDARY, TouSplit.CLOSED)).isInstanceOf(Structure.class);
    assertThat(registers(wednesdayNoon, 1)).as("closed, not recounted").containsExactly(before);
    Instant later = wednesdayNoon.plusSeconds(3600);
    assertThat(registers(later, 1)[2] - before[2]).isEqualTo(secondaryWh(later) - secondaryWh(wednesdayNoon));
  }

  /** The RTDS ECS01a calendar's writes to the primary calendar, made to the secondary's instead. */
  private void activateOnSecondaryCalendar(Instant at) throws Exception {
    byte[] bytes = RtdsFiles.bytes("1.1.1_ECS01a", "ECS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_COMMAND_GBCS.HEX");
    var apdu = bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
        : GbcsCodec.decodeApdu(bytes);
    AccessRequest request = DlmsCodec.decodeAccessRequest(apdu.content());
    java.util.Set<Integer> written = new java.util.TreeSet<>();
    for (int i = 0; i < request.specs().size(); i++) {
      AccessRequestSpec spec = request.specs().get(i);
      CosemDescriptor d = spec.descriptor();
      if (d.instance().equals(PRIMARY) && d.id() >= 6 && d.id() <= 10) {
        ENGINE.set(esme, new CosemDescriptor(d.classId(), SECONDARY, d.id()), request.data().get(i), context(at));
        written.add(d.id());
      }
    }
    assertThat(written).as("seasons, weeks, days, activation").contains(7, 8, 9, 10);
  }

  /** ECS17d's array {@code index}: 0 the primary's 48 registers, 1 the secondary's 4. */
  private long[] registers(Instant t, int index) throws Exception {
    return RegisterArrays.values(ENGINE.get(esme, TOU, null, context(t)), index);
  }

  private long secondaryWh(Instant t) {
    return esme.secondaryActiveImportWh(t);
  }


  private static CosemContext context(Instant t) {
    return new CosemContext(ENGINE, SERVICES, t, null);
  }
}

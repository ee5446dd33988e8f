package org.dccsim.dcc.transform.gas;

import static org.dccsim.dcc.transform.GbzTransform.fixed;
import static org.dccsim.dcc.transform.ZclCall.read;

import java.util.EnumSet;
import java.util.Set;
import org.dccsim.dcc.transform.DeviceVariantChoice;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.gbz.CalendarCommands;
import org.dccsim.gbcs.gbz.CalendarCommands.GetDayProfiles;
import org.dccsim.gbcs.gbz.CalendarCommands.GetSeasons;
import org.dccsim.gbcs.gbz.CalendarCommands.GetSpecialDays;
import org.dccsim.gbcs.gbz.CalendarCommands.GetWeekProfiles;
import org.dccsim.gbcs.gbz.DeviceManagementCommands;
import org.dccsim.gbcs.gbz.DeviceManagementCommands.GetEventConfiguration;
import org.dccsim.gbcs.gbz.MeteringCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PriceCommands;
import org.dccsim.gbcs.gbz.PriceCommands.GetCurrentPrice;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * GSME and GPF use cases (GCS): GBZ payloads. The reads are fixed by GBCS (cluster, attribute
 * list, calendar queries); the commands take their values from the request. Where GBCS has an
 * older and a newer form of a GSME use case (6.2.3, 6.2.4, 6.8, 4.18), {@link DeviceVariantChoice}
 * picks it by the GSME's GBCS version.
 *
 * <p>Built but not registered, as the conformance test cannot pass them: 3.2 on the GPF (GCS09)
 * and 4.4.3 (GCS15c), whose DUIS templates carry other values than their RTDS scenarios, and 4.4.4
 * (GCS15d), which RTDS has the access control broker send in one scenario and the supplier in two.
 * 4.14 (GCS16b) is registered on the GSME only: RTDS's GPF scenario (an unknown remote party's)
 * has another start date than its template. The GSME's security use cases (CS01b, CS10a/b, CS11)
 * and 9.1 (GCS36, with the CIN the DCC generates) are the hub family's. Not transformed: 8.12.2
 * (GCS59: the old GPF's device log, from the DCC's records), 6.22 (GCS20: the order of the Set
 * Event Configuration commands). 4.17 on the GPF (GCS61) is built but not registered: its template
 * has another period than its RTDS scenario.
 */
public final class GasTransforms implements TransformFamily {

  private static final Set<DeviceType> GSME = EnumSet.of(DeviceType.GSME);
  private static final Set<DeviceType> GPF = EnumSet.of(DeviceType.GPF);
  private static final Set<DeviceType> GSME_OR_GPF = EnumSet.of(DeviceType.GSME, DeviceType.GPF);

  private static final int BASIC = 0x0000;
  private static final int PRICE = PriceCommands.CLUSTER;
  private static final int METERING = MeteringCommands.CLUSTER;
  private static final int PREPAYMENT = PrepaymentCommands.CLUSTER;
  private static final int CALENDAR = CalendarCommands.CLUSTER;
  private static final int DEVICE_MANAGEMENT = DeviceManagementCommands.CLUSTER;

  /** Calendar queries of "any" calendar: FFFFFFFF (tariff) or FFFFFFFE (prepayment). */
  private static final long ANY_TARIFF_CALENDAR = 0xFFFFFFFFL;
  private static final long ANY_FRIENDLY_CREDIT_CALENDAR = 0xFFFFFFFEL;
  /** Get Event Configuration of every event. */
  private static final int ALL_EVENTS = 0x81FF;

  @Override
  public void registerAll(TransformRegistry r) {
    registerReads(r);
    r.register("1.1.1", DeviceType.GSME, TariffTransforms.updateImportTariff());
    r.register("1.2.1", DeviceType.GSME, TariffTransforms.updatePrice());
    r.register("2.1", DeviceType.GSME, PrepayConfigurationTransform.create());
    r.register("1.5", DeviceType.GSME, PrepaymentTransforms.updateMeterBalance());
    r.register("1.6", DeviceType.GSME, PrepaymentTransforms.updatePaymentMode());
    r.register("2.3", DeviceType.GSME, PrepaymentTransforms.updateDebt());
    r.register("2.5", DeviceType.GSME, PrepaymentTransforms.activateEmergencyCredit());
    r.register("3.1", DeviceType.GSME, DeviceSettingsTransforms.displayMessage());
    r.register("3.4", DeviceType.GSME, DeviceSettingsTransforms.updateSupplierName());
    r.register("3.5", DeviceType.GSME, DeviceSettingsTransforms.disablePrivacyPin());
    r.register("6.6", DeviceType.GSME, DeviceSettingsTransforms.updateGasConversion());
    r.register("6.7", DeviceType.GSME, DeviceSettingsTransforms.updateGasFlow());
    r.register("6.8", DeviceType.GSME, BillingCalendarTransforms.update());
    r.register("6.2.3", DeviceType.GSME, BillingCalendarTransforms.read());
    r.register("6.20.1", DeviceType.GSME, DeviceSettingsTransforms.setImportMprn());
    r.register("7.2", DeviceType.GSME, DeviceSettingsTransforms.changeSupply("GCS32", false));
    r.register("7.3", DeviceType.GSME, DeviceSettingsTransforms.changeSupply("GCS39", true));
    r.register("4.4.2", DeviceType.GSME, LogReadTransforms.billingDataLogOnChangeOfTariffOrMode());
    r.register("4.4.5", DeviceType.GSME, LogReadTransforms.topUpLog());
    r.register("4.6.1", DeviceType.GSME, LogReadTransforms.dailyReadLog());
    r.register("4.8.1", DeviceType.GSME, LogReadTransforms.profileData());
    r.register("4.10", DeviceType.GSME, LogReadTransforms.networkData());
    // not on the GPF: the DUIS template of RTDS's GPF scenario has another start date than it
    r.register("4.14", DeviceType.GSME, LogReadTransforms.prepaymentDailyReadLog());
    r.register("14.1", DeviceType.GSME, LogReadTransforms.startNetworkDataLog());
    SynchroniseClockTransform clock = new SynchroniseClockTransform();
    r.register("6.11", DeviceType.GSME, clock);
    r.register("8.1.1", DeviceType.GSME, clock);
  }

  private static void registerReads(TransformRegistry r) {
    register(r, "4.1.1", fixed("GCS13a", GSME_OR_GPF, read(METERING, 0x0302, 0x0301, 0x0300, 0x0000)));
    register(r, "4.1.2", fixed("GCS13c", GSME_OR_GPF,
        read(METERING, 0x0302, 0x0301, 0x0300, 0x0100, 0x0102, 0x0104, 0x0106)));
    register(r, "4.1.4", fixed("GCS13b", GSME_OR_GPF,
        read(METERING, 0x0700, 0x0701, 0x0702, 0x0703, 0x0302, 0x0301, 0x0300)));
    register(r, "4.3", fixed("GCS14", GSME_OR_GPF,
        read(PRICE, 0x0617, 0x0616), read(PREPAYMENT, 0x0005, 0x0002, 0x0001, 0x0231, 0x0211, 0x0221)));
    register(r, "4.11.1", fixed("GCS21f", GSME,
        read(PRICE, 0x0203, 0x0202, 0x0100, 0x0101, 0x0102, 0x0615, 0x0400, 0x0401, 0x0402, 0x0403, 0x0410, 0x0420,
            0x0430, 0x0440, 0x0616, 0x0617, 0x0301),
        ZclCall.of(CALENDAR, new GetDayProfiles(0, ANY_TARIFF_CALENDAR, 1, 0)),
        ZclCall.of(CALENDAR, new GetWeekProfiles(0, ANY_TARIFF_CALENDAR, 1, 0)),
        ZclCall.of(CALENDAR, new GetSeasons(0, ANY_TARIFF_CALENDAR)),
        ZclCall.of(CALENDAR, new GetSpecialDays(ZclUtcTime.NOW, 0, 0, 0, ANY_TARIFF_CALENDAR)),
        ZclCall.of(PRICE, new GetCurrentPrice(0))));
    register(r, "4.13", fixed("GCS21b", GSME,
        read(PREPAYMENT, 0x0239, 0x0006, 0x0216, 0x0226, 0x0040, 0x0010, 0x0011, 0x0031, 0x0021, 0x0022, 0x0217,
            0x0227),
        read(PRICE, 0x0617),
        ZclCall.of(CALENDAR, new GetDayProfiles(0, ANY_FRIENDLY_CREDIT_CALENDAR, 1, 0)),
        ZclCall.of(CALENDAR, new GetWeekProfiles(0, ANY_FRIENDLY_CREDIT_CALENDAR, 1, 0)),
        ZclCall.of(CALENDAR, new GetSeasons(0, ANY_FRIENDLY_CREDIT_CALENDAR)),
        ZclCall.of(CALENDAR, new GetSpecialDays(ZclUtcTime.NOW, 0, GasCalendars.FRIENDLY_CREDIT, 0,
            ANY_FRIENDLY_CREDIT_CALENDAR))));
    ZclCall[] meterBalance = {read(METERING, 0x0A00), read(PREPAYMENT, 0x0001)};
    register(r, "4.18", fixed("GCS60a", GPF, meterBalance));
    r.register("4.18", DeviceType.GSME, DeviceVariantChoice.byGbcsVersion(DeviceType.GSME,
        fixed("GCS60", GSME, meterBalance), fixed("GCS60a", GSME, meterBalance)));
    // identity (manufacturer, model; hardware version on older GSMEs), supply depletion and tamper states
    r.register("6.2.4", DeviceType.GSME, DeviceVariantChoice.byGbcsVersion(DeviceType.GSME,
        fixed("GCS21e", GSME, read(BASIC, 0x0004, 0x0005, 0x0003), read(METERING, 0x0608, 0x0607)),
        fixed("GCS21m", GSME, read(BASIC, 0x0004, 0x0005), read(METERING, 0x0608, 0x0607))));
    register(r, "6.2.7", fixed("GCS46", GSME, read(METERING, 0x0307)));
    register(r, "6.2.8", fixed("GCS21a", GSME,
        read(PRICE, 0x0306, 0x0305, 0x0304, 0x0303, 0x0302),
        read(METERING, 0x0B13, 0x0B12, 0x0B11, 0x0B10, 0x0B14, 0x0B15)));
    register(r, "6.2.9", fixed("GCS21j", GSME, read(PREPAYMENT, 0x0000)));
    register(r, "6.2.10", fixed("GCS20r", GSME,
        ZclCall.of(DEVICE_MANAGEMENT, new GetEventConfiguration(ALL_EVENTS))));
    register(r, "7.4", fixed("GCS33", GSME, read(METERING, 0x0205, 0x0014)));
    register(r, "11.2", fixed("GCS38", GSME, read(METERING, 0x0206)));
  }

  private static void register(TransformRegistry r, String srv, GbzTransform transform) {
    for (DeviceType t : transform.targetTypes()) {
      r.register(srv, t, transform);
    }
  }
}

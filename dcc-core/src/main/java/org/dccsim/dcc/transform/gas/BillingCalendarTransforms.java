package org.dccsim.dcc.transform.gas;

import static org.dccsim.dcc.transform.ZclTimes.issuerEventId;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.DeviceVariantChoice;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.gbz.PriceCommands;
import org.dccsim.gbcs.gbz.PriceCommands.GetBillingPeriod;
import org.dccsim.gbcs.gbz.PriceCommands.PublishBillingPeriod;
import org.dccsim.gbcs.gbz.PriceCommands.PublishBlockPeriod;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * The GSME billing calendar: 6.8 Update Device Configuration (Billing Calendar) (critical) sets
 * the billing period and, with it, the block period (GCS25, or GCS25a "all periodicities"); 6.2.3
 * reads the billing period back (GCS21d, or GCS21k). Newer GSMEs take the "a"/"k" forms, older
 * ones the first, which know only daily, weekly and monthly billing.
 */
final class BillingCalendarTransforms {

  private static final Set<DeviceType> GSME = EnumSet.of(DeviceType.GSME);

  /**
   * ZigBee duration types: the low nibble the timebase (1 days, 2 weeks, 3 months), the high
   * nibble the duration control, 2 "not specified" as RTDS shows for both GCS25 forms.
   */
  private static final int DAYS = 0x21;
  private static final int WEEKS = 0x22;
  private static final int MONTHS = 0x23;
  /** Block period control: repeating; tariff resolution period: the block period. */
  private static final int REPEATING_BLOCK = 0x02;
  private static final int BY_BLOCK_PERIOD = 0x01;
  private static final int TARIFF_TYPE_DELIVERED = 0x00;
  /** Get Billing Period: from now, the latest published (any issuer event id), one command. */
  private static final long ANY_ISSUER_EVENT = 0xFFFFFFFFL;

  /** A DUIS Periodicity as a ZigBee duration: that many timebase units. */
  private record Duration(int units, int type) {}

  private BillingCalendarTransforms() {}

  /** 6.8 on the GSME: GCS25 on an older device, GCS25a on a newer one. */
  static DeviceCommandTransform update() {
    return DeviceVariantChoice.byGbcsVersion(DeviceType.GSME, update("GCS25", false), update("GCS25a", true));
  }

  /** 6.2.3 on the GSME: GCS21d on an older device, GCS21k on a newer one; the same read. */
  static DeviceCommandTransform read() {
    return DeviceVariantChoice.byGbcsVersion(DeviceType.GSME, read("GCS21d"), read("GCS21k"));
  }

  private static GbzTransform read(String useCase) {
    return GbzTransform.fixed(useCase, GSME, ZclCall.of(PriceCommands.CLUSTER,
        new GetBillingPeriod(ZclUtcTime.NOW, ANY_ISSUER_EVENT, 1, TARIFF_TYPE_DELIVERED)));
  }

  private static GbzTransform update(String useCase, boolean allPeriodicities) {
    return new GbzTransform(useCase, GSME, request -> {
      BodyElement calendar = TransformValues.child(TransformValues.body(request), "GasBillingCalendar");
      ZclUtcTime start = ZclTimes.utc(calendar, "BillingPeriodStart");
      Duration d = duration(calendar, allPeriodicities);
      long event = issuerEventId(request);
      return List.of(
          ZclCall.of(PriceCommands.CLUSTER,
              new PublishBillingPeriod(0, event, start, d.units(), d.type(), TARIFF_TYPE_DELIVERED)),
          ZclCall.of(PriceCommands.CLUSTER, new PublishBlockPeriod(0, event, start, d.units(), REPEATING_BLOCK,
              d.type(), TARIFF_TYPE_DELIVERED, BY_BLOCK_PERIOD)));
    });
  }

  private static Duration duration(BodyElement calendar, boolean allPeriodicities) throws RequestRefused {
    String p = TransformValues.text(calendar, "Periodicity");
    Duration d = switch (p) {
      case "Daily" -> new Duration(1, DAYS);
      case "Weekly" -> new Duration(1, WEEKS);
      case "Monthly" -> new Duration(1, MONTHS);
      case "Quarterly" -> new Duration(3, MONTHS);
      case "SixMonthly" -> new Duration(6, MONTHS);
      case "Yearly" -> new Duration(12, MONTHS);
      default -> throw TransformValues.invalid(calendar.localName() + "/Periodicity",
          "Daily, Weekly, Monthly, Quarterly, SixMonthly or Yearly, not '" + p + "'");
    };
    // [?] the older use case predates "all periodicities": as ECS30 on the ESME, daily to monthly
    if (!allPeriodicities && d.units() > 1) {
      throw TransformValues.invalid(calendar.localName() + "/Periodicity",
          "Daily, Weekly or Monthly on a GSME of GBCS before " + DeviceVariantChoice.NEWER_FORMS_FROM_GBCS
              + ", not '" + p + "'");
    }
    return d;
  }
}

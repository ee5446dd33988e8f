package org.dccsim.dcc.transform.gas;

import static org.dccsim.dcc.transform.gas.GasValues.CANCELLED_SCHEDULE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.CalendarCommands;
import org.dccsim.gbcs.gbz.CalendarCommands.ScheduleEntry;
import org.dccsim.gbcs.gbz.PriceCommands;
import org.dccsim.gbcs.gbz.PriceCommands.PublishBlockThresholds;
import org.dccsim.gbcs.gbz.PriceCommands.PublishPriceMatrix;
import org.dccsim.gbcs.gbz.PriceCommands.PublishTariffInformation;
import org.dccsim.gbcs.gbz.PriceCommands.TierBlockPrice;
import org.dccsim.gbcs.gbz.PriceCommands.TierBlockThresholds;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * 1.1.1 Update Import Tariff (GCS01a: the switching table as a calendar, special days, block
 * thresholds, tariff information and prices) and 1.2.1 Update Price (GCS01b: tariff information
 * and prices) on the GSME, immediate, future-dated or cancelled.
 */
final class TariffTransforms {

  private static final Set<DeviceType> GSME = EnumSet.of(DeviceType.GSME);

  /** [?] RTDS's issuer tariff id, linking tariff information, prices and thresholds: always 1. */
  private static final long ISSUER_TARIFF_ID = 1;
  private static final int TARIFF_TYPE_TOU = 0x00;
  private static final int TARIFF_TYPE_BLOCK = 0x10;
  /** Prices in kWh with 5 decimal places of the currency's minor unit; thresholds divided by 1000. */
  private static final int KILOWATT_HOURS = 0x00;
  private static final int PRICE_TRAILING_DIGITS = 0x50;
  private static final int TIER_BLOCK_MODE_NOT_USED = 0xFF;
  private static final int THRESHOLD_MULTIPLIER = 1;
  private static final int THRESHOLD_DIVISOR = 1000;
  /** Price matrix sub-payload: TOU tiers (1) or blocks of tier 0 (0); thresholds for all tiers. */
  private static final int TOU_PRICES = 0x01;
  private static final int BLOCK_PRICES = 0x00;
  private static final int THRESHOLDS_FOR_ALL_TIERS = 0x01;
  /** ISO 4217 numeric codes of the two DUIS currencies. */
  private static final int GBP = 826;
  private static final int EUR = 978;
  /** Day schedule action of a block-tariff day: no TOU tier. */
  private static final int NO_TOU_TIER = 0;

  private TariffTransforms() {}

  static GbzTransform updateImportTariff() {
    return new GbzTransform("GCS01a", GSME, TariffTransforms::tariffAndPrice);
  }

  static GbzTransform updatePrice() {
    return new GbzTransform("GCS01b", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      BodyElement prices = prices(body);
      int thresholds = prices.child("BlockTariff").isPresent()
          ? (int) TransformValues.integer(TransformValues.child(prices, "BlockTariff"), "NumberOfThresholds", 1, 3)
          : 0;
      long event = ZclTimes.issuerEventId(request);
      return List.of(tariffInformation(event, body, prices, thresholds), priceMatrix(event, body, prices));
    });
  }

  private static List<ZclCall> tariffAndPrice(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement tariff = TransformValues.child(body, "GasTariffElements");
    BodyElement table = TransformValues.child(tariff, "SwitchingTable");
    BodyElement prices = prices(body);
    long event = ZclTimes.issuerEventId(request);
    GasCalendars.Ids ids = new GasCalendars.Ids(event, event, GasCalendars.TARIFF);
    ZclUtcTime start = GasValues.startTime(body, CANCELLED_SCHEDULE);

    List<BodyElement> days = TransformValues.child(table, "DayProfiles").children("DayProfile");
    BodyElement weekProfiles = TransformValues.child(table, "WeekProfiles");
    BodyElement seasons = TransformValues.child(table, "Seasons");
    List<ZclCall> calls = new ArrayList<>();
    calls.add(ZclCall.of(CalendarCommands.CLUSTER, GasCalendars.calendar(ids, start,
        seasons.children("Season").size(), weekProfiles.children("WeekProfile").size(), days.size())));
    for (BodyElement day : days) {
      int action = day.child("TOUTariffAction").isPresent()
          ? (int) TransformValues.integer(day, "TOUTariffAction", 1, 4)
          : NO_TOU_TIER;
      calls.add(ZclCall.of(CalendarCommands.CLUSTER, GasCalendars.day(ids,
          (int) TransformValues.integer(day, "DayName", 1, 0xFF), List.of(new ScheduleEntry(0, action)))));
    }
    for (CalendarCommands.PublishWeekProfile w : GasCalendars.weeks(ids, weekProfiles)) {
      calls.add(ZclCall.of(CalendarCommands.CLUSTER, w));
    }
    calls.add(ZclCall.of(CalendarCommands.CLUSTER, GasCalendars.seasons(ids, seasons)));
    calls.add(ZclCall.of(CalendarCommands.CLUSTER,
        GasCalendars.specialDays(ids, start, TransformValues.child(tariff, "SpecialDays"))));

    boolean block = prices.child("BlockTariff").isPresent();
    List<Long> thresholds = block ? thresholds(TransformValues.child(tariff, "ThresholdMatrix")) : List.of();
    calls.add(tariffInformation(event, body, prices, thresholds.size()));
    if (block) {
      calls.add(ZclCall.of(PriceCommands.CLUSTER, new PublishBlockThresholds(0, event, start, ISSUER_TARIFF_ID, 0, 1,
          THRESHOLDS_FOR_ALL_TIERS, List.of(new TierBlockThresholds(0, thresholds)))));
    }
    calls.add(priceMatrix(event, body, prices));
    return calls;
  }

  private static BodyElement prices(BodyElement body) throws RequestRefused {
    return TransformValues.child(TransformValues.child(body, "PriceElements"), "GasPriceElements");
  }

  private static ZclCall tariffInformation(long event, BodyElement body, BodyElement prices, int thresholdsInUse)
      throws RequestRefused {
    boolean block = prices.child("BlockTariff").isPresent();
    int tiers = block ? 0 : TransformValues.child(prices, "TOUTariff").children("TOUPrice").size();
    return ZclCall.of(PriceCommands.CLUSTER, new PublishTariffInformation(0, event, ISSUER_TARIFF_ID,
        GasValues.implementationTime(body), block ? TARIFF_TYPE_BLOCK : TARIFF_TYPE_TOU, ByteSlice.EMPTY, tiers,
        thresholdsInUse, KILOWATT_HOURS, currency(prices), PRICE_TRAILING_DIGITS,
        TransformValues.integer(prices, "StandingCharge", 0, 0xFFFFFFFFL), TIER_BLOCK_MODE_NOT_USED, THRESHOLD_MULTIPLIER,
        THRESHOLD_DIVISOR));
  }

  /** The block prices (ids 0..3: tier 0, block n) or TOU prices (ids 1..4: tier n), by index. */
  private static ZclCall priceMatrix(long event, BodyElement body, BodyElement prices) throws RequestRefused {
    boolean block = prices.child("BlockTariff").isPresent();
    List<BodyElement> entries = block
        ? TransformValues.child(prices, "BlockTariff").children("BlockPrice")
        : TransformValues.child(prices, "TOUTariff").children("TOUPrice");
    List<TierBlockPrice> matrix = new ArrayList<>(entries.size());
    for (BodyElement e : byIndex(entries, block ? "BlockPrice" : "TOUPrice")) {
      int index = index(e, block ? "BlockPrice" : "TOUPrice");
      matrix.add(new TierBlockPrice(block ? index - 1 : index, unsigned(e, block ? "BlockPrice" : "TOUPrice")));
    }
    return ZclCall.of(PriceCommands.CLUSTER, new PublishPriceMatrix(0, event,
        GasValues.startTime(body, CANCELLED_SCHEDULE), ISSUER_TARIFF_ID, 0, 1, block ? BLOCK_PRICES : TOU_PRICES,
        matrix));
  }

  private static List<Long> thresholds(BodyElement matrix) throws RequestRefused {
    List<Long> thresholds = new ArrayList<>(3);
    for (BodyElement t : byIndex(matrix.children("BlockThreshold"), "BlockThreshold")) {
      thresholds.add(unsigned(t, "ThresholdMatrix/BlockThreshold"));
    }
    return thresholds;
  }

  private static List<BodyElement> byIndex(List<BodyElement> elements, String name) throws RequestRefused {
    for (BodyElement e : elements) {
      index(e, name);
    }
    return elements.stream().sorted(Comparator.comparingInt(e -> Integer.parseInt(e.attribute("index").get()))).toList();
  }

  private static int index(BodyElement e, String name) throws RequestRefused {
    String t = e.attribute("index").orElseThrow(() -> TransformValues.invalid(name + "/@index", "present"));
    try {
      int i = Integer.parseInt(t);
      if (i >= 1 && i <= 4) {
        return i;
      }
    } catch (NumberFormatException ex) {
      // refused below
    }
    throw TransformValues.invalid(name + "/@index", "1..4, not '" + t + "'");
  }

  private static long unsigned(BodyElement e, String name) throws RequestRefused {
    try {
      long v = Long.parseLong(e.text().trim());
      if (v >= 0 && v <= 0xFFFFFFFFL) {
        return v;
      }
    } catch (NumberFormatException ex) {
      // refused below
    }
    throw TransformValues.invalid(name, "an unsigned 32-bit value, not '" + e.text().trim() + "'");
  }

  private static int currency(BodyElement prices) throws RequestRefused {
    String c = TransformValues.text(prices, "CurrencyUnits");
    return switch (c) {
      case "GBP" -> GBP;
      case "ECB" -> EUR;
      default -> throw TransformValues.invalid("GasPriceElements/CurrencyUnits", "GBP or ECB, not '" + c + "'");
    };
  }
}

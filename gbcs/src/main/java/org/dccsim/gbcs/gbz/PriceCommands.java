package org.dccsim.gbcs.gbz;

import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;

/** Price cluster (0x0700) commands, as ZigBee SE defines them and GBCS uses them. */
public final class PriceCommands {

  public static final int CLUSTER = 0x0700;

  private static final ZclLayout<Long> BLOCK_THRESHOLD =
      ZclLayout.of(f -> f.u48("block threshold", Long::longValue));

  private PriceCommands() {}

  // ------------------------------------------------------------------ client to server

  public record GetCurrentPrice(int commandOptions) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetCurrentPrice> TYPE = ZclCommandType.toServer(0x00, f -> new GetCurrentPrice(
        f.u8("command options", GetCurrentPrice::commandOptions)));

    @Override
    public ZclCommandType<GetCurrentPrice> type() {
      return TYPE;
    }
  }

  public record GetBillingPeriod(
      ZclUtcTime earliestStartTime, long minIssuerEventId, int numberOfCommands, int tariffType)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetBillingPeriod> TYPE = ZclCommandType.toServer(0x0B, f -> new GetBillingPeriod(
        f.time("earliest start time", GetBillingPeriod::earliestStartTime),
        f.u32("min issuer event id", GetBillingPeriod::minIssuerEventId),
        f.u8("number of commands", GetBillingPeriod::numberOfCommands),
        f.u8("tariff type", GetBillingPeriod::tariffType)));

    @Override
    public ZclCommandType<GetBillingPeriod> type() {
      return TYPE;
    }
  }

  // ------------------------------------------------------------------ server to client

  /**
   * Publish Price with its mandatory fields; the optional fields ZigBee SE appends after Price
   * (price ratio, generation price, ...) are kept as bytes, as GBCS leaves them out.
   */
  public record PublishPrice(
      long providerId, ByteSlice rateLabel, long issuerEventId, ZclUtcTime currentTime, int unitOfMeasure,
      int currency, int priceTrailingDigitAndPriceTier, int numberOfPriceTiersAndRegisterTier, ZclUtcTime startTime,
      int durationInMinutes, long price, ByteSlice optionalFields) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishPrice> TYPE = ZclCommandType.toClient(0x00, f -> new PublishPrice(
        f.u32("provider id", PublishPrice::providerId),
        f.octets("rate label", PublishPrice::rateLabel),
        f.u32("issuer event id", PublishPrice::issuerEventId),
        f.time("current time", PublishPrice::currentTime),
        f.u8("unit of measure", PublishPrice::unitOfMeasure),
        f.u16("currency", PublishPrice::currency),
        f.u8("price trailing digit and price tier", PublishPrice::priceTrailingDigitAndPriceTier),
        f.u8("number of price tiers and register tier", PublishPrice::numberOfPriceTiersAndRegisterTier),
        f.time("start time", PublishPrice::startTime),
        f.u16("duration in minutes", PublishPrice::durationInMinutes),
        f.u32("price", PublishPrice::price),
        f.remainder("optional fields", PublishPrice::optionalFields)));

    @Override
    public ZclCommandType<PublishPrice> type() {
      return TYPE;
    }
  }

  public record PublishBlockPeriod(
      long providerId, long issuerEventId, ZclUtcTime blockPeriodStartTime, int blockPeriodDuration,
      int blockPeriodControl, int blockPeriodDurationType, int tariffType, int tariffResolutionPeriod)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishBlockPeriod> TYPE = ZclCommandType.toClient(0x01, f -> new PublishBlockPeriod(
        f.u32("provider id", PublishBlockPeriod::providerId),
        f.u32("issuer event id", PublishBlockPeriod::issuerEventId),
        f.time("block period start time", PublishBlockPeriod::blockPeriodStartTime),
        f.u24("block period duration", PublishBlockPeriod::blockPeriodDuration),
        f.u8("block period control", PublishBlockPeriod::blockPeriodControl),
        f.u8("block period duration type", PublishBlockPeriod::blockPeriodDurationType),
        f.u8("tariff type", PublishBlockPeriod::tariffType),
        f.u8("tariff resolution period", PublishBlockPeriod::tariffResolutionPeriod)));

    @Override
    public ZclCommandType<PublishBlockPeriod> type() {
      return TYPE;
    }
  }

  public record PublishConversionFactor(
      long issuerEventId, ZclUtcTime startTime, long conversionFactor, int conversionFactorTrailingDigit)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishConversionFactor> TYPE = ZclCommandType.toClient(0x02,
        f -> new PublishConversionFactor(
            f.u32("issuer event id", PublishConversionFactor::issuerEventId),
            f.time("start time", PublishConversionFactor::startTime),
            f.u32("conversion factor", PublishConversionFactor::conversionFactor),
            f.u8("conversion factor trailing digit", PublishConversionFactor::conversionFactorTrailingDigit)));

    @Override
    public ZclCommandType<PublishConversionFactor> type() {
      return TYPE;
    }
  }

  public record PublishCalorificValue(
      long issuerEventId, ZclUtcTime startTime, long calorificValue, int calorificValueUnit,
      int calorificValueTrailingDigit) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishCalorificValue> TYPE = ZclCommandType.toClient(0x03,
        f -> new PublishCalorificValue(
            f.u32("issuer event id", PublishCalorificValue::issuerEventId),
            f.time("start time", PublishCalorificValue::startTime),
            f.u32("calorific value", PublishCalorificValue::calorificValue),
            f.u8("calorific value unit", PublishCalorificValue::calorificValueUnit),
            f.u8("calorific value trailing digit", PublishCalorificValue::calorificValueTrailingDigit)));

    @Override
    public ZclCommandType<PublishCalorificValue> type() {
      return TYPE;
    }
  }

  public record PublishTariffInformation(
      long providerId, long issuerEventId, long issuerTariffId, ZclUtcTime startTime, int tariffTypeChargingScheme,
      ByteSlice tariffLabel, int numberOfPriceTiersInUse, int numberOfBlockThresholdsInUse, int unitOfMeasure,
      int currency, int priceTrailingDigit, long standingCharge, int tierBlockMode, int blockThresholdMultiplier,
      int blockThresholdDivisor) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishTariffInformation> TYPE = ZclCommandType.toClient(0x04,
        f -> new PublishTariffInformation(
            f.u32("provider id", PublishTariffInformation::providerId),
            f.u32("issuer event id", PublishTariffInformation::issuerEventId),
            f.u32("issuer tariff id", PublishTariffInformation::issuerTariffId),
            f.time("start time", PublishTariffInformation::startTime),
            f.u8("tariff type / charging scheme", PublishTariffInformation::tariffTypeChargingScheme),
            f.octets("tariff label", PublishTariffInformation::tariffLabel),
            f.u8("number of price tiers in use", PublishTariffInformation::numberOfPriceTiersInUse),
            f.u8("number of block thresholds in use", PublishTariffInformation::numberOfBlockThresholdsInUse),
            f.u8("unit of measure", PublishTariffInformation::unitOfMeasure),
            f.u16("currency", PublishTariffInformation::currency),
            f.u8("price trailing digit", PublishTariffInformation::priceTrailingDigit),
            f.u32("standing charge", PublishTariffInformation::standingCharge),
            f.u8("tier block mode", PublishTariffInformation::tierBlockMode),
            f.u24("block threshold multiplier", PublishTariffInformation::blockThresholdMultiplier),
            f.u24("block threshold divisor", PublishTariffInformation::blockThresholdDivisor)));

    @Override
    public ZclCommandType<PublishTariffInformation> type() {
      return TYPE;
    }
  }

  /** One price of a price matrix: tier (high nibble) and block (low nibble), and the price. */
  public record TierBlockPrice(int tierBlockId, long price) {
    static final ZclLayout<TierBlockPrice> LAYOUT = ZclLayout.of(f -> new TierBlockPrice(
        f.u8("tier/block id", TierBlockPrice::tierBlockId),
        f.u32("price", TierBlockPrice::price)));
  }

  public record PublishPriceMatrix(
      long providerId, long issuerEventId, ZclUtcTime startTime, long issuerTariffId, int commandIndex,
      int totalNumberOfCommands, int subPayloadControl, List<TierBlockPrice> prices)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishPriceMatrix> TYPE = ZclCommandType.toClient(0x05, f -> new PublishPriceMatrix(
        f.u32("provider id", PublishPriceMatrix::providerId),
        f.u32("issuer event id", PublishPriceMatrix::issuerEventId),
        f.time("start time", PublishPriceMatrix::startTime),
        f.u32("issuer tariff id", PublishPriceMatrix::issuerTariffId),
        f.u8("command index", PublishPriceMatrix::commandIndex),
        f.u8("total number of commands", PublishPriceMatrix::totalNumberOfCommands),
        f.u8("sub-payload control", PublishPriceMatrix::subPayloadControl),
        f.entries(TierBlockPrice.LAYOUT, PublishPriceMatrix::prices)));

    public PublishPriceMatrix {
      prices = List.copyOf(prices);
    }

    @Override
    public ZclCommandType<PublishPriceMatrix> type() {
      return TYPE;
    }
  }

  /** The block thresholds of one tier (the tier in the high nibble of the count byte). */
  public record TierBlockThresholds(int tier, List<Long> thresholds) {
    static final ZclLayout<TierBlockThresholds> LAYOUT = ZclLayout.of(f -> {
      int tierAndCount = f.u8("tier and number of block thresholds", t -> t.tier() << 4 | t.thresholds().size());
      return new TierBlockThresholds(tierAndCount >>> 4,
          f.entries(tierAndCount & 0x0F, BLOCK_THRESHOLD, TierBlockThresholds::thresholds));
    });

    public TierBlockThresholds {
      thresholds = List.copyOf(thresholds);
      if (tier < 0 || tier > 0x0F || thresholds.size() > 0x0F) {
        throw new IllegalArgumentException("tier and threshold count are 4 bits each");
      }
    }
  }

  public record PublishBlockThresholds(
      long providerId, long issuerEventId, ZclUtcTime startTime, long issuerTariffId, int commandIndex,
      int totalNumberOfCommands, int subPayloadControl, List<TierBlockThresholds> tiers)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishBlockThresholds> TYPE = ZclCommandType.toClient(0x06,
        f -> new PublishBlockThresholds(
            f.u32("provider id", PublishBlockThresholds::providerId),
            f.u32("issuer event id", PublishBlockThresholds::issuerEventId),
            f.time("start time", PublishBlockThresholds::startTime),
            f.u32("issuer tariff id", PublishBlockThresholds::issuerTariffId),
            f.u8("command index", PublishBlockThresholds::commandIndex),
            f.u8("total number of commands", PublishBlockThresholds::totalNumberOfCommands),
            f.u8("sub-payload control", PublishBlockThresholds::subPayloadControl),
            f.entries(TierBlockThresholds.LAYOUT, PublishBlockThresholds::tiers)));

    public PublishBlockThresholds {
      tiers = List.copyOf(tiers);
    }

    @Override
    public ZclCommandType<PublishBlockThresholds> type() {
      return TYPE;
    }
  }

  public record PublishBillingPeriod(
      long providerId, long issuerEventId, ZclUtcTime billingPeriodStartTime, int billingPeriodDuration,
      int billingPeriodDurationType, int tariffType) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishBillingPeriod> TYPE = ZclCommandType.toClient(0x09,
        f -> new PublishBillingPeriod(
            f.u32("provider id", PublishBillingPeriod::providerId),
            f.u32("issuer event id", PublishBillingPeriod::issuerEventId),
            f.time("billing period start time", PublishBillingPeriod::billingPeriodStartTime),
            f.u24("billing period duration", PublishBillingPeriod::billingPeriodDuration),
            f.u8("billing period duration type", PublishBillingPeriod::billingPeriodDurationType),
            f.u8("tariff type", PublishBillingPeriod::tariffType)));

    @Override
    public ZclCommandType<PublishBillingPeriod> type() {
      return TYPE;
    }
  }

  /** The commands above, for decoding. */
  static final ZclClusterCommands TYPES = ZclClusterCommands.of(
      GetCurrentPrice.TYPE, GetBillingPeriod.TYPE, PublishPrice.TYPE, PublishBlockPeriod.TYPE,
      PublishConversionFactor.TYPE, PublishCalorificValue.TYPE, PublishTariffInformation.TYPE,
      PublishPriceMatrix.TYPE, PublishBlockThresholds.TYPE, PublishBillingPeriod.TYPE);
}

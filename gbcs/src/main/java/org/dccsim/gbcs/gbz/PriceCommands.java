package org.dccsim.gbcs.gbz;

import static org.dccsim.gbcs.gbz.ZclFields.octets;
import static org.dccsim.gbcs.gbz.ZclFields.u16;
import static org.dccsim.gbcs.gbz.ZclFields.u24;
import static org.dccsim.gbcs.gbz.ZclFields.u32;
import static org.dccsim.gbcs.gbz.ZclFields.u48;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Price cluster (0x0700) commands, as ZigBee SE defines them and GBCS uses them. */
public final class PriceCommands {

  public static final int CLUSTER = 0x0700;

  private PriceCommands() {}

  // ------------------------------------------------------------------ client to server

  public record GetCurrentPrice(int commandOptions) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(commandOptions);
    }
  }

  public record GetBillingPeriod(
      ZclUtcTime earliestStartTime, long minIssuerEventId, int numberOfCommands, int tariffType)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x0B;
    }

    @Override
    public void writeTo(ByteWriter w) {
      earliestStartTime.writeTo(w);
      u32(w, minIssuerEventId);
      w.u8(numberOfCommands).u8(tariffType);
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
      int durationInMinutes, long price, ByteSlice optionalFields) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      octets(w, rateLabel);
      u32(w, issuerEventId);
      currentTime.writeTo(w);
      w.u8(unitOfMeasure);
      u16(w, currency);
      w.u8(priceTrailingDigitAndPriceTier).u8(numberOfPriceTiersAndRegisterTier);
      startTime.writeTo(w);
      u16(w, durationInMinutes);
      u32(w, price);
      w.bytes(optionalFields);
    }
  }

  public record PublishBlockPeriod(
      long providerId, long issuerEventId, ZclUtcTime blockPeriodStartTime, int blockPeriodDuration,
      int blockPeriodControl, int blockPeriodDurationType, int tariffType, int tariffResolutionPeriod)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x01;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      blockPeriodStartTime.writeTo(w);
      u24(w, blockPeriodDuration);
      w.u8(blockPeriodControl).u8(blockPeriodDurationType).u8(tariffType).u8(tariffResolutionPeriod);
    }
  }

  public record PublishConversionFactor(
      long issuerEventId, ZclUtcTime startTime, long conversionFactor, int conversionFactorTrailingDigit)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x02;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      startTime.writeTo(w);
      u32(w, conversionFactor);
      w.u8(conversionFactorTrailingDigit);
    }
  }

  public record PublishCalorificValue(
      long issuerEventId, ZclUtcTime startTime, long calorificValue, int calorificValueUnit,
      int calorificValueTrailingDigit) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x03;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      startTime.writeTo(w);
      u32(w, calorificValue);
      w.u8(calorificValueUnit).u8(calorificValueTrailingDigit);
    }
  }

  public record PublishTariffInformation(
      long providerId, long issuerEventId, long issuerTariffId, ZclUtcTime startTime, int tariffTypeChargingScheme,
      ByteSlice tariffLabel, int numberOfPriceTiersInUse, int numberOfBlockThresholdsInUse, int unitOfMeasure,
      int currency, int priceTrailingDigit, long standingCharge, int tierBlockMode, int blockThresholdMultiplier,
      int blockThresholdDivisor) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x04;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      u32(w, issuerTariffId);
      startTime.writeTo(w);
      w.u8(tariffTypeChargingScheme);
      octets(w, tariffLabel);
      w.u8(numberOfPriceTiersInUse).u8(numberOfBlockThresholdsInUse).u8(unitOfMeasure);
      u16(w, currency);
      w.u8(priceTrailingDigit);
      u32(w, standingCharge);
      w.u8(tierBlockMode);
      u24(w, blockThresholdMultiplier);
      u24(w, blockThresholdDivisor);
    }
  }

  /** One price of a price matrix: tier (high nibble) and block (low nibble), and the price. */
  public record TierBlockPrice(int tierBlockId, long price) {}

  public record PublishPriceMatrix(
      long providerId, long issuerEventId, ZclUtcTime startTime, long issuerTariffId, int commandIndex,
      int totalNumberOfCommands, int subPayloadControl, List<TierBlockPrice> prices) implements ZclCommand.ToClient {
    public PublishPriceMatrix {
      prices = List.copyOf(prices);
    }

    @Override
    public int commandId() {
      return 0x05;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      startTime.writeTo(w);
      u32(w, issuerTariffId);
      w.u8(commandIndex).u8(totalNumberOfCommands).u8(subPayloadControl);
      for (TierBlockPrice p : prices) {
        w.u8(p.tierBlockId());
        u32(w, p.price());
      }
    }
  }

  /** The block thresholds of one tier (the tier in the high nibble of the count byte). */
  public record TierBlockThresholds(int tier, List<Long> thresholds) {
    public TierBlockThresholds {
      thresholds = List.copyOf(thresholds);
      if (tier < 0 || tier > 0x0F || thresholds.size() > 0x0F) {
        throw new IllegalArgumentException("tier and threshold count are 4 bits each");
      }
    }
  }

  public record PublishBlockThresholds(
      long providerId, long issuerEventId, ZclUtcTime startTime, long issuerTariffId, int commandIndex,
      int totalNumberOfCommands, int subPayloadControl, List<TierBlockThresholds> tiers) implements ZclCommand.ToClient {
    public PublishBlockThresholds {
      tiers = List.copyOf(tiers);
    }

    @Override
    public int commandId() {
      return 0x06;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      startTime.writeTo(w);
      u32(w, issuerTariffId);
      w.u8(commandIndex).u8(totalNumberOfCommands).u8(subPayloadControl);
      for (TierBlockThresholds t : tiers) {
        w.u8(t.tier() << 4 | t.thresholds().size());
        t.thresholds().forEach(v -> u48(w, v));
      }
    }
  }

  public record PublishBillingPeriod(
      long providerId, long issuerEventId, ZclUtcTime billingPeriodStartTime, int billingPeriodDuration,
      int billingPeriodDurationType, int tariffType) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x09;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      billingPeriodStartTime.writeTo(w);
      u24(w, billingPeriodDuration);
      w.u8(billingPeriodDurationType).u8(tariffType);
    }
  }

  static ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    if (!h.serverToClient()) {
      return switch (h.commandId()) {
        case 0x00 -> new GetCurrentPrice(r.u8("command options"));
        case 0x0B -> new GetBillingPeriod(ZclUtcTime.read(r, "earliest start time"), u32(r, "min issuer event id"),
            r.u8("number of commands"), r.u8("tariff type"));
        default -> null;
      };
    }
    switch (h.commandId()) {
      case 0x00:
        return new PublishPrice(u32(r, "provider id"), octets(r, "rate label"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "current time"), r.u8("unit of measure"), u16(r, "currency"),
            r.u8("price trailing digit and price tier"), r.u8("number of price tiers and register tier"),
            ZclUtcTime.read(r, "start time"), u16(r, "duration in minutes"), u32(r, "price"),
            r.slice(r.remaining(), "optional fields"));
      case 0x01:
        return new PublishBlockPeriod(u32(r, "provider id"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "block period start time"), u24(r, "block period duration"),
            r.u8("block period control"), r.u8("block period duration type"), r.u8("tariff type"),
            r.u8("tariff resolution period"));
      case 0x02:
        return new PublishConversionFactor(u32(r, "issuer event id"), ZclUtcTime.read(r, "start time"),
            u32(r, "conversion factor"), r.u8("conversion factor trailing digit"));
      case 0x03:
        return new PublishCalorificValue(u32(r, "issuer event id"), ZclUtcTime.read(r, "start time"),
            u32(r, "calorific value"), r.u8("calorific value unit"), r.u8("calorific value trailing digit"));
      case 0x04:
        return new PublishTariffInformation(u32(r, "provider id"), u32(r, "issuer event id"),
            u32(r, "issuer tariff id"), ZclUtcTime.read(r, "start time"), r.u8("tariff type / charging scheme"),
            octets(r, "tariff label"), r.u8("number of price tiers in use"),
            r.u8("number of block thresholds in use"), r.u8("unit of measure"), u16(r, "currency"),
            r.u8("price trailing digit"), u32(r, "standing charge"), r.u8("tier block mode"),
            u24(r, "block threshold multiplier"), u24(r, "block threshold divisor"));
      case 0x05: {
        long provider = u32(r, "provider id");
        long event = u32(r, "issuer event id");
        ZclUtcTime start = ZclUtcTime.read(r, "start time");
        long tariff = u32(r, "issuer tariff id");
        int index = r.u8("command index");
        int total = r.u8("total number of commands");
        int control = r.u8("sub-payload control");
        List<TierBlockPrice> prices = new ArrayList<>();
        while (r.hasRemaining()) {
          prices.add(new TierBlockPrice(r.u8("tier/block id"), u32(r, "price")));
        }
        return new PublishPriceMatrix(provider, event, start, tariff, index, total, control, prices);
      }
      case 0x06: {
        long provider = u32(r, "provider id");
        long event = u32(r, "issuer event id");
        ZclUtcTime start = ZclUtcTime.read(r, "start time");
        long tariff = u32(r, "issuer tariff id");
        int index = r.u8("command index");
        int total = r.u8("total number of commands");
        int control = r.u8("sub-payload control");
        List<TierBlockThresholds> tiers = new ArrayList<>();
        while (r.hasRemaining()) {
          int tierAndCount = r.u8("tier and number of block thresholds");
          List<Long> thresholds = new ArrayList<>();
          for (int i = 0; i < (tierAndCount & 0x0F); i++) {
            thresholds.add(u48(r, "block threshold"));
          }
          tiers.add(new TierBlockThresholds(tierAndCount >>> 4, thresholds));
        }
        return new PublishBlockThresholds(provider, event, start, tariff, index, total, control, tiers);
      }
      case 0x09:
        return new PublishBillingPeriod(u32(r, "provider id"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "billing period start time"), u24(r, "billing period duration"),
            r.u8("billing period duration type"), r.u8("tariff type"));
      default:
        return null;
    }
  }
}

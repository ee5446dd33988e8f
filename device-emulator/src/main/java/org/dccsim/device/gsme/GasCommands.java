package org.dccsim.device.gsme;

import static org.dccsim.device.gsme.GasAttributes.PREPAYMENT;
import static org.dccsim.device.gsme.GasAttributes.PRICE;

import java.util.List;
import org.dccsim.device.zcl.FutureDated;
import org.dccsim.device.zcl.ZclAttributeRef;
import org.dccsim.device.zcl.ZclCommandHandler;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclContext;
import org.dccsim.device.zcl.ZclDevice;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.device.zcl.ZclFailure;
import org.dccsim.device.zcl.ZclResponse;
import org.dccsim.device.zcl.ZclStatus;
import org.dccsim.gbcs.gbz.MeteringCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PriceCommands;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * The cluster commands of gas metering and their effects on the attributes of
 * {@link GasAttributes}: tariff publication, supply, prepayment set-up, credit and debt. Every
 * effect that GBCS lets a User future-date goes through {@link FutureDated}. Queries (Get...)
 * answer from state where the device models it, and otherwise NOT FOUND unless a User pinned an
 * answer.
 */
final class GasCommands {

  /** Currency units to the pound: prices and credit count 1/100,000 £ [?: from the RTDS top-up]. */
  static final long UNITS_PER_POUND = 100_000;

  /**
   * Friendly credit as a new meter has it: enabled, under calendar 2 [?: the RTDS's; this model
   * keeps no friendly-credit calendar of its own].
   */
  static final int FRIENDLY_CREDIT = 1;
  static final long FRIENDLY_CREDIT_CALENDAR = 2;

  private GasCommands() {}

  static <D extends ZclDevice> ZclEngine.Builder<D> define(ZclEngine.Builder<D> m) {
    // ---- Price: tariff publication (GCS01a/b), conversion factor (GCS23), calorific value (GCS25)
    m.command(ZclCommandRef.toClient(PRICE, 0x04), GasCommands.<D, PriceCommands.PublishTariffInformation>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> {
          x.write(GasAttributes.STANDING_CHARGE, c.standingCharge());
          x.write(GasAttributes.CURRENCY, c.currency());
          x.write(GasAttributes.PRICE_TRAILING_DIGIT, c.priceTrailingDigit());
          x.write(GasAttributes.TARIFF_UNIT_OF_MEASURE, c.unitOfMeasure());
          x.write(GasAttributes.THRESHOLD_MULTIPLIER, c.blockThresholdMultiplier());
          x.write(GasAttributes.THRESHOLD_DIVISOR, c.blockThresholdDivisor());
        })));
    m.command(ZclCommandRef.toClient(PRICE, 0x05), GasCommands.<D, PriceCommands.PublishPriceMatrix>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> {
          boolean timeOfUse = (c.subPayloadControl() & 0x01) != 0;
          for (PriceCommands.TierBlockPrice p : c.prices()) {
            int tier = timeOfUse ? p.tierBlockId() : p.tierBlockId() >>> 4;
            int block = timeOfUse ? 1 : (p.tierBlockId() & 0x0F) + 1;
            if (tier > 4 || block > 4) {
              throw new ZclFailure(ZclStatus.INVALID_FIELD, "tier/block " + p.tierBlockId());
            }
            x.write(GasAttributes.price(tier, block), p.price());
          }
        })));
    m.command(ZclCommandRef.toClient(PRICE, 0x06), GasCommands.<D, PriceCommands.PublishBlockThresholds>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> {
          for (PriceCommands.TierBlockThresholds t : c.tiers()) {
            for (int i = 0; i < t.thresholds().size() && i < 3; i++) {
              x.write(GasAttributes.blockThreshold(i + 1), t.thresholds().get(i));
            }
          }
        })));
    m.command(ZclCommandRef.toClient(PRICE, 0x02), GasCommands.<D, PriceCommands.PublishConversionFactor>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> {
          x.write(GasAttributes.CONVERSION_FACTOR, c.conversionFactor());
          x.write(GasAttributes.CONVERSION_FACTOR_TRAILING_DIGIT, c.conversionFactorTrailingDigit());
        })));
    m.command(ZclCommandRef.toClient(PRICE, 0x03), GasCommands.<D, PriceCommands.PublishCalorificValue>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> {
          x.write(GasAttributes.CALORIFIC_VALUE, c.calorificValue());
          x.write(GasAttributes.CALORIFIC_VALUE_UNIT, c.calorificValueUnit());
          x.write(GasAttributes.CALORIFIC_VALUE_TRAILING_DIGIT, c.calorificValueTrailingDigit());
        })));
    m.query(ZclCommandRef.toServer(PRICE, 0x00), notFound()); // Get Current Price
    m.query(ZclCommandRef.toServer(PRICE, 0x0B), notFound()); // Get Billing Period
    // billing and block periods take effect at their start (their calendar is not modelled)
    m.command(ZclCommandRef.toClient(PRICE, 0x09), GasCommands.<D, PriceCommands.PublishBillingPeriod>typed(
        (d, c, x) -> FutureDated.at(x, c.billingPeriodStartTime(), () -> { })));
    m.command(ZclCommandRef.toClient(PRICE, 0x01), GasCommands.<D, PriceCommands.PublishBlockPeriod>typed(
        (d, c, x) -> FutureDated.at(x, c.blockPeriodStartTime(), () -> { })));

    // ---- Metering: supply (GCS24 valve), uncontrolled flow (GCS21a), sampling and snapshots
    m.command(ZclCommandRef.toServer(GasAttributes.METERING, 0x0B), GasCommands.<D, MeteringCommands.ChangeSupply>replying(
        (d, c, x) -> {
          if (c.proposedSupplyStatus() > GasAttributes.SUPPLY_ON) {
            throw new ZclFailure(ZclStatus.INVALID_FIELD, "supply status " + c.proposedSupplyStatus());
          }
          FutureDated.at(x, c.implementationDateTime(),
              () -> x.write(GasAttributes.SUPPLY_STATUS, c.proposedSupplyStatus()));
          if ((c.supplyControlBits() & 0x01) == 0) { // no acknowledgement asked for
            return List.of();
          }
          return List.of(new ZclResponse(new MeteringCommands.SupplyStatusResponse(c.providerId(), c.issuerEventId(),
              c.implementationDateTime(), (int) x.readLong(GasAttributes.SUPPLY_STATUS)), false));
        }));
    // Set Supply Status (GCS24): tamper, depletion, uncontrolled flow and load limit states [?: not modelled]
    m.command(ZclCommandRef.toServer(GasAttributes.METERING, 0x0D), accepted());
    m.command(ZclCommandRef.toServer(GasAttributes.METERING, 0x0E),
        GasCommands.<D, MeteringCommands.SetUncontrolledFlowThreshold>typed((d, c, x) -> {
          int base = GasAttributes.UNCONTROLLED_FLOW_THRESHOLD.attributeId();
          x.write(GasAttributes.UNCONTROLLED_FLOW_THRESHOLD, c.uncontrolledFlowThreshold());
          x.write(new ZclAttributeRef(GasAttributes.METERING, base + 1), c.unitOfMeasure());
          x.write(new ZclAttributeRef(GasAttributes.METERING, base + 2), c.multiplier());
          x.write(new ZclAttributeRef(GasAttributes.METERING, base + 3), c.divisor());
          x.write(new ZclAttributeRef(GasAttributes.METERING, base + 4), c.stabilisationPeriod());
          x.write(new ZclAttributeRef(GasAttributes.METERING, base + 5), c.measurementPeriod());
        }));
    m.query(ZclCommandRef.toServer(GasAttributes.METERING, 0x06), notFound()); // Get Snapshot
    m.query(ZclCommandRef.toServer(GasAttributes.METERING, 0x07), notFound()); // Start Sampling

    // ---- Prepayment
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x06), GasCommands.<D, PrepaymentCommands.ChangePaymentMode>replying(
        (d, c, x) -> {
          FutureDated.at(x, c.implementationDateTime(), () -> {
            x.write(GasAttributes.PAYMENT_CONTROL_CONFIGURATION, c.proposedPaymentControlConfiguration());
            x.write(GasAttributes.CUT_OFF_VALUE, c.cutOffValue() & 0xFFFFFFFFL);
          });
          // the response states the emergency credit and friendly credit set-up in force now
          return List.of(new ZclResponse(new PrepaymentCommands.ChangePaymentModeResponse(
              FRIENDLY_CREDIT, FRIENDLY_CREDIT_CALENDAR,
              x.readLong(GasAttributes.EMERGENCY_CREDIT_LIMIT), x.readLong(GasAttributes.EMERGENCY_CREDIT_THRESHOLD)),
              true));
        }));
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x03), GasCommands.<D, PrepaymentCommands.EmergencyCreditSetup>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> {
          x.write(GasAttributes.EMERGENCY_CREDIT_LIMIT, c.emergencyCreditLimit());
          x.write(GasAttributes.EMERGENCY_CREDIT_THRESHOLD, c.emergencyCreditThreshold());
        })));
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x09),
        GasCommands.<D, PrepaymentCommands.SetLowCreditWarningLevel>typed((d, c, x) -> FutureDated.at(x,
            x.component().fromDateTime().orElse(ZclUtcTime.NOW),
            () -> x.write(GasAttributes.LOW_CREDIT_WARNING_LEVEL, c.lowCreditWarningLevel()))));
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x0B), GasCommands.<D, PrepaymentCommands.SetMaximumCreditLimit>typed(
        (d, c, x) -> FutureDated.at(x, c.implementationDateTime(), () -> {
          x.write(GasAttributes.MAX_CREDIT_LIMIT, c.maximumCreditLevel());
          x.write(GasAttributes.MAX_CREDIT_PER_TOP_UP, c.maximumCreditPerTopUp());
        })));
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x0C), GasCommands.<D, PrepaymentCommands.SetOverallDebtCap>typed(
        (d, c, x) -> FutureDated.at(x, c.implementationDateTime(),
            () -> x.write(GasAttributes.OVERALL_DEBT_CAP, c.overallDebtCap()))));
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x02), GasCommands.<D, PrepaymentCommands.ChangeDebt>typed(
        (d, c, x) -> FutureDated.at(x, c.debtRecoveryStartTime(), () -> changeDebt(c, x))));
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x05), GasCommands.<D, PrepaymentCommands.CreditAdjustment>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> {
          long credit = signed(x.readLong(GasAttributes.CREDIT_REMAINING));
          long value = c.creditAdjustmentValue();
          switch (c.creditAdjustmentType()) {
            case 0 -> credit += value; // credit incremental
            case 1 -> credit = value; // credit absolute
            default -> { } // [?] the other adjustment types change no modelled balance
          }
          x.write(GasAttributes.CREDIT_REMAINING, credit & 0xFFFFFFFFL);
        })));
    m.command(ZclCommandRef.toServer(PREPAYMENT, 0x00), GasCommands.<D, PrepaymentCommands.SelectAvailableEmergencyCredit>typed(
        (d, c, x) -> x.write(GasAttributes.EMERGENCY_CREDIT_REMAINING, x.readLong(GasAttributes.EMERGENCY_CREDIT_LIMIT))));
    m.query(ZclCommandRef.toServer(PREPAYMENT, 0x07), notFound()); // Get Prepay Snapshot
    m.query(ZclCommandRef.toServer(PREPAYMENT, 0x0A), notFound()); // Get Debt Repayment Log
    return m;
  }

  /** Debt amount types: 0/1 debt 1 absolute/incremental, 2/3 debt 2, 4/5 debt 3. */
  private static <D extends ZclDevice> void changeDebt(PrepaymentCommands.ChangeDebt c, ZclContext<D> x)
      throws ZclFailure {
    int type = c.debtAmountType();
    if (type > 5) {
      throw new ZclFailure(ZclStatus.INVALID_FIELD, "debt amount type " + type);
    }
    int n = type / 2 + 1;
    long amount = c.debtAmount();
    if ((type & 1) == 1) {
      amount += x.readLong(GasAttributes.debt(n, GasAttributes.DEBT_AMOUNT));
    }
    x.write(GasAttributes.debt(n, GasAttributes.DEBT_AMOUNT), amount & 0xFFFFFFFFL);
    x.write(GasAttributes.debt(n, GasAttributes.DEBT_RECOVERY_METHOD), c.debtRecoveryMethod());
    x.write(GasAttributes.debt(n, GasAttributes.DEBT_RECOVERY_START_TIME), c.debtRecoveryStartTime().seconds());
    x.write(GasAttributes.debt(n, GasAttributes.DEBT_RECOVERY_COLLECTION_TIME), c.debtRecoveryCollectionTime());
    x.write(GasAttributes.debt(n, GasAttributes.DEBT_RECOVERY_FREQUENCY), c.debtRecoveryFrequency());
    x.write(GasAttributes.debt(n, GasAttributes.DEBT_RECOVERY_AMOUNT), c.debtRecoveryAmount());
    x.write(GasAttributes.debt(n, GasAttributes.DEBT_RECOVERY_TOP_UP_PERCENTAGE), c.debtRecoveryBalancePercentage());
  }

  static long signed(long int32Bits) {
    return (int) int32Bits;
  }

  /** A handler of one command type, with its effect only (Default Response SUCCESS). */
  @FunctionalInterface
  interface Effect<D extends ZclDevice, C> {
    void apply(D device, C command, ZclContext<D> context) throws ZclFailure;
  }

  /** A handler of one command type with replies of its own. */
  @FunctionalInterface
  interface Replying<D extends ZclDevice, C> {
    List<ZclResponse> apply(D device, C command, ZclContext<D> context) throws ZclFailure;
  }

  @SuppressWarnings("unchecked")
  static <D extends ZclDevice, C extends ZclCommand> ZclCommandHandler<D> typed(Effect<D, C> effect) {
    return (d, c, x) -> {
      effect.apply(d, (C) c, x);
      return List.of();
    };
  }

  @SuppressWarnings("unchecked")
  static <D extends ZclDevice, C extends ZclCommand> ZclCommandHandler<D> replying(Replying<D, C> replying) {
    return (d, c, x) -> replying.apply(d, (C) c, x);
  }

  /** A query the device keeps no data for: NOT FOUND, unless a User pinned its answer. */
  static <D extends ZclDevice> ZclCommandHandler<D> notFound() {
    return (d, c, x) -> {
      throw new ZclFailure(ZclStatus.NOT_FOUND, "no data kept for this query");
    };
  }

  /** A command the device accepts whose effect it does not model (display, tenancy, calendar). */
  static <D extends ZclDevice> ZclCommandHandler<D> accepted() {
    return (d, c, x) -> List.of();
  }
}

package org.dccsim.dcc.transform.gas;

import static org.dccsim.dcc.transform.ZclTimes.issuerEventId;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ChangeDebt;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ChangePaymentMode;
import org.dccsim.gbcs.gbz.PrepaymentCommands.CreditAdjustment;
import org.dccsim.gbcs.gbz.PrepaymentCommands.SelectAvailableEmergencyCredit;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * GSME prepayment use cases: meter balance (GCS40a-d), payment mode (GCS02/03), debt (GCS04),
 * emergency credit (GCS06).
 */
final class PrepaymentTransforms {

  private static final Set<DeviceType> GSME = EnumSet.of(DeviceType.GSME);

  /** Credit Adjustment types GBCS uses: prepayment mode incremental/absolute, credit mode absolute/incremental. */
  private static final int PREPAYMENT_INCREMENTAL = 0x00;
  private static final int PREPAYMENT_ABSOLUTE = 0x01;
  private static final int CREDIT_ABSOLUTE = 0x02;
  private static final int CREDIT_INCREMENTAL = 0x03;

  /**
   * Payment Control Configuration of the two modes (bits: disconnection, prepayment, credit
   * management, credit display, contactor fitted); in prepayment mode bit 10 suspends debt
   * collection while disabled and bit 11, when clear, suspends it during emergency credit.
   */
  private static final int CREDIT_MODE_CONFIGURATION = 0x0C94;
  private static final int PREPAYMENT_MODE_CONFIGURATION = 0x0097;
  private static final int SUSPEND_DEBT_DISABLED = 0x0400;
  private static final int COLLECT_DEBT_IN_EMERGENCY = 0x0800;
  /** Credit mode has no disablement threshold. */
  private static final int NO_CUT_OFF = -1;
  /** The emergency credit is selected by a remote command, not at the meter. */
  private static final int ORIGINATING_DEVICE_REMOTE = 0x00;

  /** Change Debt: no label; collection from now, at no set time of day. */
  private static final ByteSlice NO_DEBT_LABEL = ByteSlice.EMPTY;
  private static final int NO_COLLECTION_TIME = 0;
  /** Recovery methods: an amount per period (the time-based debts), a share of each top-up (debt 3). */
  private static final int TIME_BASED = 0x00;
  private static final int PERCENTAGE_BASED = 0x01;
  /** Debt amount types: the amounts adjust the debts 1, 2, 3 by the request's value. */
  private static final int DEBT_1_INCREMENTAL = 0x01;
  private static final int DEBT_2_INCREMENTAL = 0x03;
  private static final int DEBT_3_INCREMENTAL = 0x05;
  /** Recovery frequencies: per hour, per day. */
  private static final int HOURLY = 0x00;
  private static final int DAILY = 0x01;
  /** [?] The payment-based debt recovers per payment; RTDS's GCS04 gives it the daily frequency. */
  private static final int PAYMENT_DEBT_FREQUENCY = DAILY;
  /** DUIS's DebtRecoveryPerPayment: hundredths of a percent, at most 100 %. */
  private static final int WHOLE_PAYMENT = 10_000;

  private static final GbzTransform ADJUST_PREPAYMENT = adjustment("GCS40a", PREPAYMENT_INCREMENTAL, true);
  private static final GbzTransform RESET_PREPAYMENT = adjustment("GCS40b", PREPAYMENT_ABSOLUTE, false);
  private static final GbzTransform ADJUST_CREDIT = adjustment("GCS40c", CREDIT_INCREMENTAL, true);
  private static final GbzTransform RESET_CREDIT = adjustment("GCS40d", CREDIT_ABSOLUTE, false);

  private PrepaymentTransforms() {}

  /** 1.5 Update Meter Balance: prepayment or credit mode, adjust by an amount or reset to zero. */
  static DeviceCommandTransform updateMeterBalance() {
    return new UseCaseChoice(GSME, body -> {
      boolean prepayment = body.child("PrepaymentMode").isPresent();
      BodyElement mode = TransformValues.child(body, prepayment ? "PrepaymentMode" : "CreditMode");
      boolean adjust = mode.child("AdjustMeterBalance").isPresent();
      return prepayment ? (adjust ? ADJUST_PREPAYMENT : RESET_PREPAYMENT) : (adjust ? ADJUST_CREDIT : RESET_CREDIT);
    });
  }

  private static GbzTransform adjustment(String useCase, int type, boolean byAmount) {
    return new GbzTransform(useCase, GSME, request -> {
      BodyElement body = TransformValues.body(request);
      Optional<BodyElement> prepayment = body.child("PrepaymentMode");
      BodyElement mode = prepayment.isPresent() ? prepayment.get() : TransformValues.child(body, "CreditMode");
      int value = byAmount ? (int) TransformValues.integer(mode, "AdjustMeterBalance", Integer.MIN_VALUE, Integer.MAX_VALUE) : 0;
      return List.of(ZclCall.of(PrepaymentCommands.CLUSTER,
          new CreditAdjustment(issuerEventId(request), ZclUtcTime.NOW, type, value)));
    });
  }

  /** 1.6 Update Payment Mode: GCS02 to credit, GCS03 to prepayment, now, future-dated or cancelled. */
  static DeviceCommandTransform updatePaymentMode() {
    GbzTransform toCredit = new GbzTransform("GCS02", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      return List.of(ZclCall.of(PrepaymentCommands.CLUSTER, new ChangePaymentMode(0, issuerEventId(request),
          GasValues.implementationTime(body), CREDIT_MODE_CONFIGURATION, NO_CUT_OFF)));
    });
    GbzTransform toPrepayment = new GbzTransform("GCS03", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      BodyElement prepayment = TransformValues.child(body, "Prepayment");
      int configuration = PREPAYMENT_MODE_CONFIGURATION
          | (bool(prepayment, "SuspendDebtDisabled") ? SUSPEND_DEBT_DISABLED : 0)
          | (bool(prepayment, "SuspendDebtEmergency") ? 0 : COLLECT_DEBT_IN_EMERGENCY);
      int threshold = (int) TransformValues.integer(prepayment, "DisablementThreshold", Integer.MIN_VALUE, Integer.MAX_VALUE);
      return List.of(ZclCall.of(PrepaymentCommands.CLUSTER, new ChangePaymentMode(0, issuerEventId(request),
          GasValues.implementationTime(body), configuration, threshold)));
    });
    return new UseCaseChoice(GSME, body -> body.child("Credit").isPresent() ? toCredit : toPrepayment);
  }

  /**
   * 2.3 Update Debt (GCS04, critical): one Change Debt per debt register, each adjusting the debt
   * by the request's amount; the time-based debts 1 and 2 recovered at the request's rate per hour
   * or per day, the payment-based debt 3 by the request's share of each payment.
   */
  static GbzTransform updateDebt() {
    return new GbzTransform("GCS04", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      if (body.child("GasDebtRecovery1").isEmpty()) {
        throw TransformValues.invalid(body.localName() + "/GasDebtRecovery1", "present for a GSME");
      }
      long event = issuerEventId(request);
      return List.of(
          timeDebt(event, body, "TimeDebtRegister1", DEBT_1_INCREMENTAL, "GasDebtRecovery1"),
          timeDebt(event, body, "TimeDebtRegister2", DEBT_2_INCREMENTAL, "GasDebtRecovery2"),
          ZclCall.of(PrepaymentCommands.CLUSTER, new ChangeDebt(event, NO_DEBT_LABEL, debtAmount(body,
              "PaymentDebtRegister"), PERCENTAGE_BASED, DEBT_3_INCREMENTAL, ZclUtcTime.NOW, NO_COLLECTION_TIME,
              PAYMENT_DEBT_FREQUENCY, 0, (int) TransformValues.integer(body, "DebtRecoveryPerPayment", 0, WHOLE_PAYMENT))));
    });
  }

  private static ZclCall timeDebt(long event, BodyElement body, String register, int amountType, String recovery)
      throws RequestRefused {
    BodyElement r = TransformValues.child(body, recovery);
    String period = TransformValues.text(r, "DebtRecoveryRatePeriod");
    int frequency = switch (period) {
      case "HOURLY" -> HOURLY;
      case "DAILY" -> DAILY;
      default -> throw TransformValues.invalid(
          recovery + "/DebtRecoveryRatePeriod", "HOURLY or DAILY, not '" + period + "'");
    };
    return ZclCall.of(PrepaymentCommands.CLUSTER, new ChangeDebt(event, NO_DEBT_LABEL, debtAmount(body, register),
        TIME_BASED, amountType, ZclUtcTime.NOW, NO_COLLECTION_TIME, frequency,
        TransformValues.integer(r, "DebtRecoveryRate", 0, Integer.MAX_VALUE), 0));
  }

  /**
   * [?] ZigBee's Change Debt amount is unsigned: a negative DUIS adjustment (xs:int) has no
   * incremental form on a GSME, so it is refused rather than sent as a huge debt.
   */
  private static long debtAmount(BodyElement body, String register) throws RequestRefused {
    return TransformValues.integer(body, register, 0, Integer.MAX_VALUE);
  }

  /** 2.5 Activate Emergency Credit (GCS06). */
  static GbzTransform activateEmergencyCredit() {
    return GbzTransform.fixed("GCS06", GSME, ZclCall.of(PrepaymentCommands.CLUSTER,
        new SelectAvailableEmergencyCredit(ZclUtcTime.NOW, ORIGINATING_DEVICE_REMOTE)));
  }

  static boolean bool(BodyElement parent, String name) throws RequestRefused {
    String t = TransformValues.text(parent, name);
    return switch (t) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw TransformValues.invalid(parent.localName() + "/" + name, "an xs:boolean, not '" + t + "'");
    };
  }
}

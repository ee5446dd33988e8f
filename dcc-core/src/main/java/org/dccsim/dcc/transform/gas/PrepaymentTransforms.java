package org.dccsim.dcc.transform.gas;

import static org.dccsim.dcc.transform.gas.GasValues.issuerEventId;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ChangePaymentMode;
import org.dccsim.gbcs.gbz.PrepaymentCommands.CreditAdjustment;
import org.dccsim.gbcs.gbz.PrepaymentCommands.SelectAvailableEmergencyCredit;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/** GSME prepayment use cases: meter balance (GCS40a-d), payment mode (GCS02/03), emergency credit (GCS06). */
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
      int value = byAmount ? (int) GasValues.integer(mode, "AdjustMeterBalance", Integer.MIN_VALUE, Integer.MAX_VALUE) : 0;
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
      int threshold = (int) GasValues.integer(prepayment, "DisablementThreshold", Integer.MIN_VALUE, Integer.MAX_VALUE);
      return List.of(ZclCall.of(PrepaymentCommands.CLUSTER, new ChangePaymentMode(0, issuerEventId(request),
          GasValues.implementationTime(body), configuration, threshold)));
    });
    return new UseCaseChoice(GSME, body -> body.child("Credit").isPresent() ? toCredit : toPrepayment);
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

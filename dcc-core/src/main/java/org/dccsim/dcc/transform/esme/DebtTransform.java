package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 2.3 Update Debt on an ESME → ECS07 (critical). The two time-based debts (charges
 * 0-0:19.20.1/2.255) get their recovery rate and period and have the rate activated; the
 * payment-based debt (0-0:19.20.3.255) its recovery per payment; then each debt register is set
 * to the request's amount (payment debt first, as GBCS orders them).
 */
final class DebtTransform implements DeviceCommandTransform {

  private static final int CHARGE = 113;
  private static final ObisCode TIME_DEBT_1 = new ObisCode(0, 0, 19, 20, 1, 255);
  private static final ObisCode TIME_DEBT_2 = new ObisCode(0, 0, 19, 20, 2, 255);
  private static final ObisCode PAYMENT_DEBT = new ObisCode(0, 0, 19, 20, 3, 255);
  private static final int UNIT_CHARGE_PASSIVE = 6;
  private static final int PERIOD = 8;
  private static final int PROPORTION = 13;
  private static final int ACTIVATE_PASSIVE_UNIT_CHARGE = 2;
  private static final int SET_TOTAL_AMOUNT_REMAINING = 4;
  private static final List<AccessRequestSpec> SPECS = List.of(
      AccessRequestSpec.set(CHARGE, TIME_DEBT_1, UNIT_CHARGE_PASSIVE),
      AccessRequestSpec.set(CHARGE, TIME_DEBT_2, UNIT_CHARGE_PASSIVE),
      AccessRequestSpec.set(CHARGE, PAYMENT_DEBT, PROPORTION),
      AccessRequestSpec.set(CHARGE, TIME_DEBT_1, PERIOD),
      AccessRequestSpec.set(CHARGE, TIME_DEBT_2, PERIOD),
      AccessRequestSpec.action(CHARGE, TIME_DEBT_1, ACTIVATE_PASSIVE_UNIT_CHARGE),
      AccessRequestSpec.action(CHARGE, TIME_DEBT_2, ACTIVATE_PASSIVE_UNIT_CHARGE),
      AccessRequestSpec.action(CHARGE, PAYMENT_DEBT, SET_TOTAL_AMOUNT_REMAINING),
      AccessRequestSpec.action(CHARGE, TIME_DEBT_1, SET_TOTAL_AMOUNT_REMAINING),
      AccessRequestSpec.action(CHARGE, TIME_DEBT_2, SET_TOTAL_AMOUNT_REMAINING));
  private static final DlmsData ACTIVATE = DlmsData.integer(0);

  private final int messageCode = EsmeReadRequests.messageCode("ECS07");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement recovery1 = body.child("ElecDebtRecovery1")
        .orElseThrow(() -> TransformValues.invalid("UpdateDebt", "ElecDebtRecovery1 and 2 for an ESME"));
    BodyElement recovery2 = TransformValues.child(body, "ElecDebtRecovery2");
    return EsmeReadRequests.command(messageCode, request, SPECS, List.of(
        rate(recovery1),
        rate(recovery2),
        DlmsData.longUnsigned((int) TransformValues.integer(body, "DebtRecoveryPerPayment", 0, 10_000)),
        period(recovery1),
        period(recovery2),
        ACTIVATE,
        ACTIVATE,
        amount(body, "PaymentDebtRegister"),
        amount(body, "TimeDebtRegister1"),
        amount(body, "TimeDebtRegister2")));
  }

  private static DlmsData rate(BodyElement recovery) throws RequestRefused {
    return UnitCharges.amount(TransformValues.integer(recovery, "DebtRecoveryRate", Short.MIN_VALUE, Short.MAX_VALUE),
        UnitCharges.priceScale(recovery, "DebtRecoveryRatePriceScale"));
  }

  /** The collection period in seconds. */
  private static DlmsData period(BodyElement recovery) throws RequestRefused {
    String period = TransformValues.text(recovery, "DebtRecoveryRatePeriod");
    switch (period) {
      case "HOURLY":
        return DlmsData.doubleLongUnsigned(3_600);
      case "DAILY":
        return DlmsData.doubleLongUnsigned(86_400);
      default:
        throw TransformValues.invalid(
            recovery.localName() + "/DebtRecoveryRatePeriod", "HOURLY or DAILY, not '" + period + "'");
    }
  }

  private static DlmsData amount(BodyElement body, String name) throws RequestRefused {
    return new IntegerValue(
        IntegerType.DOUBLE_LONG, TransformValues.integer(body, name, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }
}

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
 * 1.5 Update Meter Balance on an ESME (critical): AdjustMeterBalance → ECS04a, the credit
 * object's adjust method by the signed amount; ResetMeterBalance → ECS04b, the reset method of
 * meter balance, emergency credit and debt credit, each to zero. The payment mode under which the
 * choice is written (PrepaymentMode or CreditMode) does not change the command [?].
 */
final class MeterBalanceTransform implements DeviceCommandTransform {

  private static final int CREDIT_CLASS = 112;
  private static final int ADJUST = 1;
  private static final int RESET = 2;
  private static final ObisCode METER_BALANCE = new ObisCode(0, 0, 19, 10, 0, 255);
  private static final ObisCode EMERGENCY_CREDIT = new ObisCode(0, 0, 19, 10, 1, 255);
  private static final ObisCode DEBT_CREDIT = new ObisCode(0, 0, 19, 10, 2, 255);
  private static final List<AccessRequestSpec> ADJUST_SPECS =
      List.of(AccessRequestSpec.action(CREDIT_CLASS, METER_BALANCE, ADJUST));
  private static final List<AccessRequestSpec> RESET_SPECS = List.of(
      AccessRequestSpec.action(CREDIT_CLASS, METER_BALANCE, RESET),
      AccessRequestSpec.action(CREDIT_CLASS, EMERGENCY_CREDIT, RESET),
      AccessRequestSpec.action(CREDIT_CLASS, DEBT_CREDIT, RESET));
  private static final DlmsData ZERO = new IntegerValue(IntegerType.DOUBLE_LONG, 0);
  private static final List<DlmsData> RESET_DATA = List.of(ZERO, ZERO, ZERO);

  private final int adjustCode = EsmeReadRequests.messageCode("ECS04a");
  private final int resetCode = EsmeReadRequests.messageCode("ECS04b");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement mode = body.child("PrepaymentMode").or(() -> body.child("CreditMode"))
        .orElseThrow(() -> TransformValues.invalid("UpdateMeterBalance", "PrepaymentMode or CreditMode"));
    if (mode.child("AdjustMeterBalance").isPresent()) {
      long amount = TransformValues.integer(mode, "AdjustMeterBalance", Integer.MIN_VALUE, Integer.MAX_VALUE);
      return EsmeReadRequests.command(
          adjustCode, request, ADJUST_SPECS, List.of(new IntegerValue(IntegerType.DOUBLE_LONG, amount)));
    }
    if (mode.child("ResetMeterBalance").isPresent()) {
      return EsmeReadRequests.command(resetCode, request, RESET_SPECS, RESET_DATA);
    }
    throw TransformValues.invalid(mode.localName(), "AdjustMeterBalance or ResetMeterBalance");
  }
}

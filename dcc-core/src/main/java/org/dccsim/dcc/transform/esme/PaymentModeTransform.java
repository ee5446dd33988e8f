package org.dccsim.dcc.transform.esme;

import static org.dccsim.gbcs.dlms.DlmsData.enumValue;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import java.util.ArrayList;
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
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 1.6 Update Payment Mode on an ESME (critical): Credit → ECS02, Prepayment → ECS03. Both write the
 * passive account (0-1:19.0.0.255): payment mode, the credit charge configuration (which credit
 * pays which charge, and when collection happens) and its activation date-time; prepayment also
 * the disablement threshold. A twin element ESME has the secondary element's charge
 * (0-0:19.20.5.255) as well, so the device's variant chooses the form: the request does not say.
 *
 * <p>The collection configuration is fitted to RTDS 4.5.0 [?]: with SuspendDebtDisabled the
 * time-based debts lose their third collection flag (C0 instead of E0), and only with
 * SuspendDebtEmergency does the debt credit (0-0:19.10.2.255) pay the standing charge and the
 * time-based debts.
 */
final class PaymentModeTransform implements DeviceCommandTransform {

  private static final ObisCode ACCOUNT = new ObisCode(0, 1, 19, 0, 0, 255);
  private static final ObisCode DISABLEMENT_THRESHOLD = new ObisCode(0, 0, 94, 44, 128, 22);
  private static final int CREDIT_MODE = 1;
  private static final int PREPAYMENT_MODE = 2;
  private static final int ACCOUNT_STATUS_NEW_OR_ACTIVE = 1;
  private static final ObisCode METER_BALANCE = new ObisCode(0, 0, 19, 10, 0, 255);
  private static final ObisCode EMERGENCY_CREDIT = new ObisCode(0, 0, 19, 10, 1, 255);
  private static final ObisCode DEBT_CREDIT = new ObisCode(0, 0, 19, 10, 2, 255);
  private static final ObisCode PRICE_MATRIX = new ObisCode(0, 0, 19, 20, 0, 255);
  private static final ObisCode TIME_DEBT_1 = new ObisCode(0, 0, 19, 20, 1, 255);
  private static final ObisCode TIME_DEBT_2 = new ObisCode(0, 0, 19, 20, 2, 255);
  private static final ObisCode PAYMENT_DEBT = new ObisCode(0, 0, 19, 20, 3, 255);
  private static final ObisCode STANDING_CHARGE = new ObisCode(0, 0, 19, 20, 4, 255);
  private static final ObisCode SECONDARY_PRICE_MATRIX = new ObisCode(0, 0, 19, 20, 5, 255);
  private static final DlmsData ALL_COLLECTION = collection(0xE0);
  private static final DlmsData SUSPENDED_WHEN_DISABLED = collection(0xC0);

  private static final List<AccessRequestSpec> CREDIT_SPECS = List.of(
      AccessRequestSpec.set(111, ACCOUNT, 2),
      AccessRequestSpec.set(111, ACCOUNT, 11),
      AccessRequestSpec.set(111, ACCOUNT, 13));
  private static final List<AccessRequestSpec> PREPAYMENT_SPECS = List.of(
      AccessRequestSpec.set(111, ACCOUNT, 2),
      AccessRequestSpec.set(9000, DISABLEMENT_THRESHOLD, 4),
      AccessRequestSpec.set(111, ACCOUNT, 11),
      AccessRequestSpec.set(9000, DISABLEMENT_THRESHOLD, 6),
      AccessRequestSpec.set(111, ACCOUNT, 13));

  private final boolean twinElement;
  private final int creditCode = EsmeReadRequests.messageCode("ECS02");
  private final int prepaymentCode = EsmeReadRequests.messageCode("ECS03");

  /** @param twinElement whether the ESME is a twin element variant (SMI ESME variant B) */
  PaymentModeTransform(boolean twinElement) {
    this.twinElement = twinElement;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    DlmsData activation = EsmeDateTimes.activation(TransformValues.executionDateTime(body));
    if (body.child("Credit").isPresent()) {
      List<DlmsData> rows = new ArrayList<>();
      rows.add(row(METER_BALANCE, PRICE_MATRIX, ALL_COLLECTION));
      rows.add(row(METER_BALANCE, STANDING_CHARGE, ALL_COLLECTION));
      if (twinElement) {
        rows.add(row(METER_BALANCE, SECONDARY_PRICE_MATRIX, ALL_COLLECTION));
      }
      return EsmeReadRequests.command(creditCode, request, CREDIT_SPECS,
          List.of(mode(CREDIT_MODE), new DlmsArray(rows), activation));
    }
    BodyElement prepayment = body.child("Prepayment")
        .orElseThrow(() -> TransformValues.invalid("UpdatePaymentMode", "Credit or Prepayment"));
    DlmsData timeDebt =
        TransformValues.bool(prepayment, "SuspendDebtDisabled") ? SUSPENDED_WHEN_DISABLED : ALL_COLLECTION;
    List<DlmsData> rows = new ArrayList<>();
    rows.add(row(METER_BALANCE, PRICE_MATRIX, ALL_COLLECTION));
    rows.add(row(METER_BALANCE, STANDING_CHARGE, ALL_COLLECTION));
    rows.add(row(METER_BALANCE, TIME_DEBT_1, timeDebt));
    rows.add(row(METER_BALANCE, TIME_DEBT_2, timeDebt));
    rows.add(row(METER_BALANCE, PAYMENT_DEBT, ALL_COLLECTION));
    rows.add(row(EMERGENCY_CREDIT, PAYMENT_DEBT, ALL_COLLECTION));
    rows.add(row(EMERGENCY_CREDIT, PRICE_MATRIX, ALL_COLLECTION));
    rows.add(row(EMERGENCY_CREDIT, STANDING_CHARGE, ALL_COLLECTION));
    rows.add(row(EMERGENCY_CREDIT, TIME_DEBT_1, timeDebt));
    rows.add(row(EMERGENCY_CREDIT, TIME_DEBT_2, timeDebt));
    if (TransformValues.bool(prepayment, "SuspendDebtEmergency")) {
      rows.add(row(DEBT_CREDIT, STANDING_CHARGE, ALL_COLLECTION));
      rows.add(row(DEBT_CREDIT, TIME_DEBT_1, ALL_COLLECTION));
      rows.add(row(DEBT_CREDIT, TIME_DEBT_2, ALL_COLLECTION));
    }
    if (twinElement) {
      rows.add(row(METER_BALANCE, SECONDARY_PRICE_MATRIX, ALL_COLLECTION));
      rows.add(row(EMERGENCY_CREDIT, SECONDARY_PRICE_MATRIX, ALL_COLLECTION));
    }
    long threshold = TransformValues.integer(prepayment, "DisablementThreshold", Integer.MIN_VALUE, Integer.MAX_VALUE);
    return EsmeReadRequests.command(prepaymentCode, request, PREPAYMENT_SPECS, List.of(
        mode(PREPAYMENT_MODE), new IntegerValue(IntegerType.DOUBLE_LONG, threshold), new DlmsArray(rows), activation,
        activation));
  }

  private static DlmsData mode(int paymentMode) {
    return structure(enumValue(paymentMode), enumValue(ACCOUNT_STATUS_NEW_OR_ACTIVE));
  }

  /** {credit reference, charge reference, collection configuration}. */
  private static DlmsData row(ObisCode credit, ObisCode charge, DlmsData collection) {
    return structure(octetString(credit.toBytes()), octetString(charge.toBytes()), collection);
  }

  private static DlmsData collection(int bits) {
    return new BitString(3, ByteSlice.copyOf(new byte[] {(byte) bits}));
  }
}

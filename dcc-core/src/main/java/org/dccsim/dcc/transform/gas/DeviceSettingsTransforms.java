package org.dccsim.dcc.transform.gas;

import static org.dccsim.dcc.transform.ZclTimes.issuerEventId;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.DeviceManagementCommands;
import org.dccsim.gbcs.gbz.DeviceManagementCommands.PublishChangeOfSupplier;
import org.dccsim.gbcs.gbz.DeviceManagementCommands.PublishChangeOfTenancy;
import org.dccsim.gbcs.gbz.DeviceManagementCommands.RequestNewPassword;
import org.dccsim.gbcs.gbz.DeviceManagementCommands.UpdateSiteId;
import org.dccsim.gbcs.gbz.MessagingCommands;
import org.dccsim.gbcs.gbz.MessagingCommands.DisplayMessage;
import org.dccsim.gbcs.gbz.MeteringCommands;
import org.dccsim.gbcs.gbz.MeteringCommands.ChangeSupply;
import org.dccsim.gbcs.gbz.MeteringCommands.SetSupplyStatus;
import org.dccsim.gbcs.gbz.MeteringCommands.SetUncontrolledFlowThreshold;
import org.dccsim.gbcs.gbz.PriceCommands;
import org.dccsim.gbcs.gbz.PriceCommands.PublishCalorificValue;
import org.dccsim.gbcs.gbz.PriceCommands.PublishConversionFactor;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * GSME settings: consumer message, supplier name, privacy PIN, gas conversion, uncontrolled flow,
 * MPRN, valve (GCS07, 44, 11, 23, 24/24a, 41, 32, 39); the GPF's change of tenancy (GCS09).
 */
final class DeviceSettingsTransforms {

  private static final Set<DeviceType> GSME = EnumSet.of(DeviceType.GSME);

  /** Display Message: show until replaced (duration FFFF), no confirmation asked (control 00). */
  private static final int MESSAGE_CONTROL = 0x00;
  private static final int UNTIL_CHANGED = 0xFFFF;
  /** Change of supplier: update the supplier name and contact details only. */
  private static final long NAME_AND_CONTACT_DETAILS = 0x00001800L;
  /** [?] Change of tenancy: bit 9 of ZigBee's Proposed Tenancy Change Control, as RTDS's GCS09 sets it. */
  private static final long TENANCY_CHANGE_CONTROL = 0x00000200L;
  private static final int TARIFF_TYPE_DELIVERED = 0x00;
  /** Request New Password of type 2: the consumer's privacy PIN, cleared. */
  private static final int PRIVACY_PIN = 0x02;
  /** Conversion factor: 5 decimal places; calorific value: 1 decimal place, MJ/m3. */
  private static final int CONVERSION_FACTOR_DIGITS = 5;
  private static final int CALORIFIC_VALUE_DIGITS = 1;
  private static final int MEGAJOULES_PER_CUBIC_METRE = 0x01;
  private static final int CUBIC_METRES = 0x01;
  /** Supply states of Set Supply Status: 03 leaves a state unchanged, 01 locks it. */
  private static final int STATE_UNCHANGED = 0x03;
  private static final int STATE_LOCKED = 0x01;
  private static final int UNCONTROLLED_FLOW_STATE_OK = 0x00;
  /** Change Supply: valve off (closed) or armed, acknowledgement requested. */
  private static final int SUPPLY_OFF = 0x00;
  private static final int SUPPLY_ARMED = 0x01;
  private static final int ACKNOWLEDGE = 0x01;

  private DeviceSettingsTransforms() {}

  /** 3.1 Display Message (GCS07). */
  static GbzTransform displayMessage() {
    return new GbzTransform("GCS07", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      return List.of(ZclCall.of(MessagingCommands.CLUSTER, new DisplayMessage(issuerEventId(request), MESSAGE_CONTROL,
          GasValues.implementationTime(body), UNTIL_CHANGED, GasValues.ascii(body, "SupplierMessage", 116),
          OptionalInt.empty())));
    });
  }

  /**
   * 3.2 Restrict Access For Change Of Tenancy on the GPF (GCS09): the change of tenancy, taking
   * effect at the restriction date-time. Not registered: the DUIS template's date-time
   * (2015-02-01T00:00:00Z) is not the RTDS's (2016-11-22T02:46:56Z).
   */
  static GbzTransform changeOfTenancy() {
    return new GbzTransform("GCS09", EnumSet.of(DeviceType.GPF), request -> List.of(ZclCall.of(
        DeviceManagementCommands.CLUSTER, new PublishChangeOfTenancy(0, issuerEventId(request), TARIFF_TYPE_DELIVERED,
            ZclTimes.utc(TransformValues.body(request), "RestrictionDateTime"), TENANCY_CHANGE_CONTROL))));
  }

  /** 3.4 Update Supplier Name (GCS44). */
  static GbzTransform updateSupplierName() {
    return new GbzTransform("GCS44", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      return List.of(ZclCall.of(DeviceManagementCommands.CLUSTER, new PublishChangeOfSupplier(0, issuerEventId(request),
          0, 0, GasValues.implementationTime(body), NAME_AND_CONTACT_DETAILS, GasValues.ascii(body, "SupplierName", 15),
          GasValues.ascii(body, "SupplierTelephoneNumber", 18))));
    });
  }

  /** 3.5 Disable Privacy PIN (GCS11). */
  static GbzTransform disablePrivacyPin() {
    return new GbzTransform("GCS11", GSME, request -> List.of(ZclCall.of(DeviceManagementCommands.CLUSTER,
        new RequestNewPassword(issuerEventId(request), ZclUtcTime.NOW, 0, PRIVACY_PIN, ByteSlice.EMPTY))));
  }

  /** 6.6 Update Device Configuration (Gas Conversion) (GCS23). */
  static GbzTransform updateGasConversion() {
    return new GbzTransform("GCS23", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      long event = issuerEventId(request);
      return List.of(
          ZclCall.of(PriceCommands.CLUSTER, new PublishConversionFactor(event, ZclUtcTime.NOW,
              GasValues.scaled(body, "ConversionFactor", CONVERSION_FACTOR_DIGITS, 0xFFFFFFFFL),
              trailingDigits(CONVERSION_FACTOR_DIGITS))),
          ZclCall.of(PriceCommands.CLUSTER, new PublishCalorificValue(event, ZclUtcTime.NOW,
              GasValues.scaled(body, "CalorificValue", CALORIFIC_VALUE_DIGITS, 0xFFFFFFFFL), MEGAJOULES_PER_CUBIC_METRE,
              trailingDigits(CALORIFIC_VALUE_DIGITS))));
    });
  }

  /** ZigBee "trailing digit" bitmaps: the number of decimal places in the high nibble. */
  private static int trailingDigits(int digits) {
    return digits << 4;
  }

  /**
   * 6.7 Update Device Configuration (Gas Flow): GCS24 for a whole-number rate, GCS24a for a rate
   * in 10^-4 units.
   */
  static DeviceCommandTransform updateGasFlow() {
    GbzTransform whole = gasFlow("GCS24", 0);
    GbzTransform decimal = gasFlow("GCS24a", 4);
    return new UseCaseChoice(GSME,
        body -> body.child("UncontrolledGasFlowRateDecimal").isPresent() ? decimal : whole);
  }

  private static GbzTransform gasFlow(String useCase, int digits) {
    return new GbzTransform(useCase, GSME, request -> {
      BodyElement body = TransformValues.body(request);
      long event = issuerEventId(request);
      int threshold = digits == 0
          ? (int) TransformValues.integer(body, "UncontrolledGasFlowRate", 0, 0xFFFF)
          : (int) GasValues.scaled(body, "UncontrolledGasFlowRateDecimal", digits, 0xFFFF);
      int divisor = (int) Math.pow(10, digits);
      return List.of(
          ZclCall.of(MeteringCommands.CLUSTER, new SetUncontrolledFlowThreshold(0, event, threshold, CUBIC_METRES, 1,
              divisor, (int) TransformValues.integer(body, "StabilisationPeriod", 1, 0xFF),
              (int) TransformValues.integer(body, "MeasurementPeriod", 1, 0xFFFF))),
          ZclCall.of(MeteringCommands.CLUSTER, new SetSupplyStatus(event, supplyState(body, "SupplyTamperState"),
              supplyState(body, "SupplyDepletionState"), UNCONTROLLED_FLOW_STATE_OK, STATE_UNCHANGED)));
    });
  }

  private static int supplyState(BodyElement body, String name) throws RequestRefused {
    String t = TransformValues.text(body, name);
    return switch (t) {
      case "Unchanged" -> STATE_UNCHANGED;
      case "Locked" -> STATE_LOCKED;
      default -> throw TransformValues.invalid(body.localName() + "/" + name, "Unchanged or Locked, not '" + t + "'");
    };
  }

  /** 6.20.1 Set Device Configuration (Import MPxN) (GCS41): the MPRN as the ZigBee Site ID. */
  static GbzTransform setImportMprn() {
    return new GbzTransform("GCS41", GSME, request -> List.of(ZclCall.of(DeviceManagementCommands.CLUSTER,
        new UpdateSiteId(issuerEventId(request), ZclUtcTime.NOW, 0,
            GasValues.ascii(TransformValues.body(request), "ImportMPRN", 15)))));
  }

  /** 7.2 Disable Supply (GCS32, close the valve) and 7.3 Arm Supply (GCS39). */
  static GbzTransform changeSupply(String useCase, boolean arm) {
    return new GbzTransform(useCase, GSME, request -> List.of(ZclCall.of(MeteringCommands.CLUSTER,
        new ChangeSupply(0, issuerEventId(request), ZclUtcTime.NOW,
            GasValues.implementationTime(TransformValues.body(request)), arm ? SUPPLY_ARMED : SUPPLY_OFF,
            ACKNOWLEDGE))));
  }
}

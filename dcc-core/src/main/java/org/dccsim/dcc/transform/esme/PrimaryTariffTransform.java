package org.dccsim.dcc.transform.esme;

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
import org.dccsim.gbcs.dlms.DlmsData.BooleanValue;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 1.1.1 Update Import Tariff (Primary Element) on an ESME → ECS01a (critical): the whole tariff is
 * written to the passive attributes (calendar seasons, weeks and days, special days, the block
 * thresholds of the 8 block tariffs, currency, standing charge and price matrix), then the
 * activation date-time of each: at once, at the ExecutionDateTime, or never (cancellation).
 */
final class PrimaryTariffTransform implements DeviceCommandTransform {

  private static final ObisCode CALENDAR = new ObisCode(0, 0, 13, 0, 0, 255);
  private static final ObisCode SPECIAL_DAYS = new ObisCode(0, 1, 11, 0, 0, 255);
  private static final ObisCode CURRENCY = new ObisCode(0, 0, 94, 44, 2, 0);
  private static final ObisCode STANDING_CHARGE = new ObisCode(0, 0, 19, 20, 4, 255);
  private static final ObisCode PRICE_MATRIX = new ObisCode(0, 0, 19, 20, 0, 255);
  private static final ObisCode THRESHOLDS_ACTIVATION = new ObisCode(0, 0, 94, 44, 128, 29);
  private static final ObisCode SPECIAL_DAYS_ACTIVATION = new ObisCode(0, 0, 63, 1, 1, 255);
  private static final int ACTIVATIONS = 6;
  private static final List<AccessRequestSpec> SPECS = specs();

  private final int messageCode = EsmeReadRequests.messageCode("ECS01a");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement tariff = body.child("ElecTariffElements")
        .orElseThrow(() -> TransformValues.invalid(body.localName(), "ElecTariffElements for an ESME"));
    BodyElement switching = TransformValues.child(tariff, "SwitchingTable");
    BodyElement prices =
        TransformValues.child(TransformValues.child(body, "PriceElements"), "ElectricityPriceElements");
    DlmsData activation = EsmeDateTimes.activation(TransformValues.executionDateTime(body));

    List<DlmsData> data = new ArrayList<>(SPECS.size());
    data.add(TariffTables.seasons(switching));
    data.add(TariffTables.weekProfiles(switching));
    data.add(TariffTables.dayProfiles(switching, TariffTables.Actions.PRIMARY));
    data.add(TariffTables.specialDays(TransformValues.child(tariff, "SpecialDays")));
    data.addAll(TariffTables.blockThresholds(TransformValues.child(tariff, "ThresholdMatrix")));
    data.add(currency(tariff));
    data.add(UnitCharges.standingCharge(prices));
    data.add(UnitCharges.primaryPrices(prices));
    for (int i = 0; i < ACTIVATIONS; i++) {
      data.add(activation);
    }
    return EsmeReadRequests.command(messageCode, request, SPECS, data);
  }

  /** GBP is TRUE, the euro ("ECB") FALSE [?: RTDS has only GBP]. */
  private static DlmsData currency(BodyElement tariff) throws RequestRefused {
    String units = TransformValues.text(tariff, "CurrencyUnits");
    switch (units) {
      case "GBP":
        return BooleanValue.TRUE;
      case "ECB":
        return BooleanValue.FALSE;
      default:
        throw TransformValues.invalid("ElecTariffElements/CurrencyUnits", "GBP or ECB, not '" + units + "'");
    }
  }

  private static List<AccessRequestSpec> specs() {
    List<AccessRequestSpec> s = new ArrayList<>();
    s.add(AccessRequestSpec.set(20, CALENDAR, 7)); // season_profile_passive
    s.add(AccessRequestSpec.set(20, CALENDAR, 8)); // week_profile_table_passive
    s.add(AccessRequestSpec.set(20, CALENDAR, 9)); // day_profile_table_passive
    s.add(AccessRequestSpec.set(11, SPECIAL_DAYS, 2));
    for (int t = 1; t <= UnitCharges.BLOCK_TARIFFS; t++) {
      s.add(AccessRequestSpec.set(21, new ObisCode(0, 0, 16, 1, 10 + t, 255), 2));
    }
    s.add(AccessRequestSpec.set(9000, CURRENCY, 4));
    s.add(AccessRequestSpec.set(113, STANDING_CHARGE, 6)); // unit_charge_passive
    s.add(AccessRequestSpec.set(113, PRICE_MATRIX, 6));
    s.add(AccessRequestSpec.set(20, CALENDAR, 10)); // activate_passive_calendar_time
    s.add(AccessRequestSpec.set(9000, THRESHOLDS_ACTIVATION, 6));
    s.add(AccessRequestSpec.set(9000, CURRENCY, 6));
    s.add(AccessRequestSpec.set(113, STANDING_CHARGE, 7)); // unit_charge_activation_time
    s.add(AccessRequestSpec.set(113, PRICE_MATRIX, 7));
    s.add(AccessRequestSpec.set(9000, SPECIAL_DAYS_ACTIVATION, 6));
    return List.copyOf(s);
  }
}

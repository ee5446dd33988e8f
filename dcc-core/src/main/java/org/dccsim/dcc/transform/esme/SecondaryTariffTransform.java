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
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 1.1.2 Update Import Tariff (Secondary Element) → ECS01c (critical), for twin element ESMEs: the
 * secondary price matrix, the secondary activity calendar and special days (TOU only, scripts
 * 201..204), then their activation date-times.
 */
final class SecondaryTariffTransform implements DeviceCommandTransform {

  private static final ObisCode PRICE_MATRIX = new ObisCode(0, 0, 19, 20, 5, 255);
  private static final ObisCode CALENDAR = new ObisCode(0, 0, 13, 0, 1, 255);
  private static final ObisCode SPECIAL_DAYS = new ObisCode(0, 1, 11, 0, 1, 255);
  private static final ObisCode SPECIAL_DAYS_ACTIVATION = new ObisCode(0, 0, 94, 44, 128, 30);
  private static final List<AccessRequestSpec> SPECS = List.of(
      AccessRequestSpec.set(113, PRICE_MATRIX, 6),
      AccessRequestSpec.set(20, CALENDAR, 7),
      AccessRequestSpec.set(20, CALENDAR, 8),
      AccessRequestSpec.set(20, CALENDAR, 9),
      AccessRequestSpec.set(11, SPECIAL_DAYS, 2),
      AccessRequestSpec.set(20, CALENDAR, 10),
      AccessRequestSpec.set(113, PRICE_MATRIX, 7),
      AccessRequestSpec.set(9000, SPECIAL_DAYS_ACTIVATION, 6));

  private final int messageCode = EsmeReadRequests.messageCode("ECS01c");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement switching = TransformValues.child(body, "SwitchingTable");
    DlmsData activation = EsmeDateTimes.activation(TransformValues.executionDateTime(body));
    return EsmeReadRequests.command(messageCode, request, SPECS, List.of(
        UnitCharges.secondaryPrices(TransformValues.child(body, "PriceElements")),
        TariffTables.seasons(switching),
        TariffTables.weekProfiles(switching),
        TariffTables.dayProfiles(switching, TariffTables.Actions.SECONDARY),
        TariffTables.specialDays(TransformValues.child(body, "SpecialDays")),
        activation, activation, activation));
  }
}

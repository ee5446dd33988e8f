package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.25 Set Electricity Supply Tamper State (critical) → ECS81: whether a detected tamper locks the
 * supply (Locked, true) or leaves it as it is (Unchanged, false), in 0-0:94.44.0.4.
 */
final class SupplyTamperStateTransform implements DeviceCommandTransform {

  private static final ObisCode SUPPLY_TAMPER_STATE = new ObisCode(0, 0, 94, 44, 0, 4);

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS81");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    boolean locked =
        ControlBodyValues.choice(TransformValues.body(request), "SupplyTamperState", "Unchanged", "Locked") == 1;
    return command.build(request, new AccessRequestContent().set(CosemClassIds.DATA, SUPPLY_TAMPER_STATE,
        CosemClassIds.VALUE, locked ? DlmsData.BooleanValue.TRUE : DlmsData.BooleanValue.FALSE));
  }
}

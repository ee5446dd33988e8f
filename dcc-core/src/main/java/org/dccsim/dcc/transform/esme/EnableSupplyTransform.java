package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.EnableSupply;

/** 7.1 Enable Supply (critical) → the GBCS ECS42 Pre-Command, signature field 00, for the User to sign. */
public final class EnableSupplyTransform implements DeviceCommandTransform {

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) {
    return EnableSupply.preCommand(
        request.requestId().counter(), request.requestId().originator(), request.device().id());
  }
}

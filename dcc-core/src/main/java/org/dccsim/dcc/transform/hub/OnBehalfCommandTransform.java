package org.dccsim.dcc.transform.hub;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * A use case the access control broker originates on the User's behalf, for a device that does
 * not hold the User's credentials (Comms Hub Function, PPMID, HCALCS): the User and its counter
 * are the supplementary remote party of other-information.
 */
final class OnBehalfCommandTransform implements DeviceCommandTransform {

  private final int messageCode;
  private final Set<DeviceType> types;
  private final UserCommandTransform.Payload payload;

  OnBehalfCommandTransform(String useCase, Set<DeviceType> types, UserCommandTransform.Payload payload) {
    this.messageCode = HubCommands.messageCode(useCase);
    this.types = Set.copyOf(types);
    this.payload = payload;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    return HubCommands.byAcbOnBehalfOfUser(request, messageCode, payload.of(request, TransformValues.body(request)));
  }
}

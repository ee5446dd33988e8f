package org.dccsim.dcc.transform.hub;

import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * A use case the User originates with one message code, whose payload depends on the request
 * alone: the command (or, for a critical SRV, the Pre-Command the User signs) around it.
 */
final class UserCommandTransform implements DeviceCommandTransform {

  /** The payload for a request. */
  @FunctionalInterface
  interface Payload {
    byte[] of(AcceptedRequest request, BodyElement body) throws RequestRefused;
  }

  private final int messageCode;
  private final Set<DeviceType> types;
  private final Payload payload;

  UserCommandTransform(String useCase, Set<DeviceType> types, Payload payload) {
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
    return HubCommands.byUser(request, messageCode, payload.of(request, TransformValues.body(request)));
  }
}

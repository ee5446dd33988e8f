package org.dccsim.dcc.transform.gas;

import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/** One SRV whose GBCS use case a body element chooses (e.g. 1.5: prepayment or credit mode, adjust or reset). */
final class UseCaseChoice implements DeviceCommandTransform {

  @FunctionalInterface
  interface Chooser {
    DeviceCommandTransform choose(BodyElement body) throws RequestRefused;
  }

  private final Set<DeviceType> targets;
  private final Chooser chooser;

  UseCaseChoice(Set<DeviceType> targets, Chooser chooser) {
    this.targets = Set.copyOf(targets);
    this.chooser = chooser;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return targets;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    return chooser.choose(TransformValues.body(request)).transform(request);
  }
}

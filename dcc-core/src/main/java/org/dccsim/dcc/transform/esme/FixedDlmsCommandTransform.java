package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * A use case whose command takes nothing from the request body: GBCS fixes the objects read or
 * the script run, so only the titles and the counter (and with it the invoke id) vary. An ESME's
 * by default, or a Comms Hub's.
 */
final class FixedDlmsCommandTransform implements DeviceCommandTransform {

  private final DlmsUseCaseCommand command;
  private final DeviceType target;
  private final List<AccessRequestSpec> specs;
  private final List<DlmsData> data;

  FixedDlmsCommandTransform(String useCase, AccessRequestContent content) {
    this(useCase, DeviceType.ESME, content);
  }

  FixedDlmsCommandTransform(String useCase, DeviceType target, AccessRequestContent content) {
    this.command = DlmsUseCaseCommand.of(useCase);
    this.target = target;
    this.specs = content.specs();
    this.data = content.data();
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(target);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) {
    return command.build(request, specs, data);
  }
}

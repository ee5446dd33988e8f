package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;

/** 4.1.1 Read Instantaneous Import Registers → GBCS ECS17b for an ESME. */
public final class ReadInstantaneousImportRegistersTransform implements DeviceCommandTransform {

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) {
    return ReadInstantaneousImportRegisters.command(
        request.requestId().counter(), request.requestId().originator(), request.device().id());
  }
}

package org.dccsim.dcc.transform;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/** One SRV's transforms, chosen by the target device's type. */
final class DeviceTypeDispatch implements DeviceCommandTransform {

  private final Map<DeviceType, DeviceCommandTransform> byType;

  DeviceTypeDispatch(EnumMap<DeviceType, DeviceCommandTransform> byType) {
    this.byType = new EnumMap<>(byType);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return byType.keySet();
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    // the pipeline has checked the type against targetTypes() (E11)
    return byType.get(request.device().type()).transform(request);
  }
}

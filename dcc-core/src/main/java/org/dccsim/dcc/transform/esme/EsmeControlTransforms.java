package org.dccsim.dcc.transform.esme;

import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;

/** ESME use cases ECS27–ECS82: supply and load control, configuration, events, firmware, commissioning. */
public final class EsmeControlTransforms implements TransformFamily {
  @Override
  public void registerAll(TransformRegistry r) {
    r.register("7.1", DeviceType.ESME, new EnableSupplyTransform());
  }
}

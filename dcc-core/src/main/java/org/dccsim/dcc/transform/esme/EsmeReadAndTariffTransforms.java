package org.dccsim.dcc.transform.esme;

import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;

/** ESME use cases ECS01–ECS26: tariffs, prepayment, display, reads, logs and configuration reads. */
public final class EsmeReadAndTariffTransforms implements TransformFamily {
  @Override
  public void registerAll(TransformRegistry r) {
    r.register("4.1.1", DeviceType.ESME, new ReadInstantaneousImportRegistersTransform());
  }
}

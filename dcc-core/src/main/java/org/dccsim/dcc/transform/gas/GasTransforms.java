package org.dccsim.dcc.transform.gas;

import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;

/** GSME and GPF use cases (GCS): GBZ payloads. */
public final class GasTransforms implements TransformFamily {
  @Override
  public void registerAll(TransformRegistry r) {}
}

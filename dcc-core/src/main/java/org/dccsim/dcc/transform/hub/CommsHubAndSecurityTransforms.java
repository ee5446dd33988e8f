package org.dccsim.dcc.transform.hub;

import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;

/** Comms Hub (CCS, DBCH) and cross-device security use cases (CS: credentials, joins, top-up). */
public final class CommsHubAndSecurityTransforms implements TransformFamily {
  @Override
  public void registerAll(TransformRegistry r) {}
}

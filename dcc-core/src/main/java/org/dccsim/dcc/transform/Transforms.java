package org.dccsim.dcc.transform;

import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.transform.esme.EsmeControlTransforms;
import org.dccsim.dcc.transform.esme.EsmeReadAndTariffTransforms;
import org.dccsim.dcc.transform.gas.GasTransforms;
import org.dccsim.dcc.transform.hub.CommsHubAndSecurityTransforms;

/** Every DUIS → GBCS transform dccsim has, by family. */
public final class Transforms {

  private Transforms() {}

  public static TransformRegistry standard(ServiceCatalogue catalogue) {
    return new TransformRegistry(catalogue)
        .registerAll(new EsmeReadAndTariffTransforms())
        .registerAll(new EsmeControlTransforms())
        .registerAll(new GasTransforms())
        .registerAll(new CommsHubAndSecurityTransforms());
  }
}

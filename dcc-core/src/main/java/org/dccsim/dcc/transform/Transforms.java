package org.dccsim.dcc.transform;

import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.dcc.transform.esme.EsmeControlTransforms;
import org.dccsim.dcc.transform.esme.EsmeReadAndTariffTransforms;
import org.dccsim.dcc.transform.gas.GasTransforms;
import org.dccsim.dcc.transform.hub.CommsHubAndSecurityTransforms;

/**
 * Every DUIS → GBCS transform dccsim has, by family. Some transforms consult the inventory (the
 * type of the other device of a join) and SMKI (the certificate a join carries); 9.1 draws the
 * Customer Identification Numbers the DCC generates from {@code cins}.
 */
public final class Transforms {

  private Transforms() {}

  public static TransformRegistry standard(
      ServiceCatalogue catalogue, DeviceInventory inventory, SmkiRepository smki, CustomerIdentificationNumbers cins) {
    TransformRegistry r = new TransformRegistry(catalogue)
        .registerAll(new EsmeReadAndTariffTransforms())
        .registerAll(new EsmeControlTransforms())
        .registerAll(new GasTransforms());
    CommsHubAndSecurityTransforms hub = new CommsHubAndSecurityTransforms();
    hub.registerAll(r);
    hub.registerJoins(r, inventory, smki);
    hub.registerCustomerIdentification(r, cins);
    return r;
  }
}

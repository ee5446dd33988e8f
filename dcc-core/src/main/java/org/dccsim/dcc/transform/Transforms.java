package org.dccsim.dcc.transform;

import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.dcc.transform.esme.EsmeControlTransforms;
import org.dccsim.dcc.transform.esme.EsmeReadAndTariffTransforms;
import org.dccsim.dcc.transform.gas.GasTransforms;
import org.dccsim.dcc.transform.hub.CommsHubAndSecurityTransforms;

/**
 * Every DUIS → GBCS transform dccsim has, by family. Some transforms consult the inventory (the
 * type of the other device of a join, of a device added to a Comms Hub's log), SMKI (the
 * certificate a join carries) and the DCC's records of HAN device logs (which a restore carries);
 * 9.1 draws the Customer Identification Numbers the DCC generates from {@code cins}.
 */
public final class Transforms {

  private Transforms() {}

  public static TransformRegistry standard(
      ServiceCatalogue catalogue, DeviceInventory inventory, SmkiRepository smki,
      HanDeviceLogs deviceLogs, CustomerIdentificationNumbers cins) {
    TransformRegistry r = new TransformRegistry(catalogue)
        .registerAll(new EsmeReadAndTariffTransforms())
        .registerAll(new EsmeControlTransforms())
        .registerAll(new GasTransforms());
    CommsHubAndSecurityTransforms hub = new CommsHubAndSecurityTransforms();
    hub.registerAll(r);
    hub.registerJoins(r, inventory, smki);
    hub.registerDeviceLogs(r, inventory, deviceLogs);
    hub.registerCustomerIdentification(r, cins);
    return r;
  }
}

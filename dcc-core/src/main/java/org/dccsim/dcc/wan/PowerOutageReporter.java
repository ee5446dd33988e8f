package org.dccsim.dcc.wan;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.counter.AccessControlBrokerCounter;
import org.dccsim.dcc.duis.ResponseId;
import org.dccsim.dcc.duis.response.DccAlertMessage;
import org.dccsim.dcc.duis.response.PowerOutageAlert;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.DuisResponses;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a CSP's report that a Comms Hub lost mains power into a DCC alert (PowerOutageEvent) for
 * the Electricity Distributor registered for the premises' ESME, with the ESME's import MPAN. A
 * premises without an ESME, or whose ESME has no Electricity Distributor, has nobody to tell.
 * Restoration is not a DCC alert: the ESME's own supply-restored alert (ECS80) reports it.
 */
public final class PowerOutageReporter {

  private static final Logger log = LoggerFactory.getLogger(PowerOutageReporter.class);

  private final DeviceInventory inventory;
  private final DuisResponses responses;
  private final Consumer<byte[]> outbox;
  private final AccessControlBrokerCounter counter;
  private final String alertCode;

  /**
   * @param counter the DCC's own counter, for the ResponseID of alerts it raises
   * @param alertCode the DCC alert code of a power outage (configurable, see docs/network.md)
   */
  public PowerOutageReporter(DeviceInventory inventory, DuisResponses responses, Consumer<byte[]> outbox,
      AccessControlBrokerCounter counter, String alertCode) {
    this.inventory = inventory;
    this.responses = responses;
    this.outbox = outbox;
    this.counter = counter;
    this.alertCode = alertCode;
  }

  public void powerLost(Eui64 commsHub, Instant since) {
    Optional<InventoryDevice> esme = inventory.onHanOf(commsHub).stream()
        .filter(d -> d.type() == DeviceType.ESME)
        .findFirst();
    Optional<Eui64> distributor = esme.flatMap(d -> d.registeredParty(UserRole.ED));
    if (distributor.isEmpty() || esme.get().importMpxn() == null) {
      log.info("power outage at Comms Hub {}: no ESME with an Electricity Distributor and MPAN to tell", commsHub);
      return;
    }
    DccAlertMessage alert = DccAlertMessage.powerOutage(
        alertCode, new PowerOutageAlert(commsHub, since, esme.get().importMpxn()));
    outbox.accept(responses.dccAlert(
        new ResponseId(Eui64.DCC_ACCESS_CONTROL_BROKER, distributor.get(), counter.next()), alert));
  }
}

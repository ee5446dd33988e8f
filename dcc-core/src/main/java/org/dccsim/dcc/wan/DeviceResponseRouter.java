package org.dccsim.dcc.wan;

import java.time.Instant;
import java.util.function.Consumer;
import org.dccsim.dcc.duis.ResponseId;
import org.dccsim.dcc.pipeline.DuisResponses;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.smki.Eui64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what comes back over the WAN into DUIS for the User: a device response is matched to its
 * command by (device, originator, counter) and relayed as I0 with the GBCS payload unchanged (the
 * DCC cannot check a MAC addressed to the User); a device alert is relayed as a
 * DeviceAlertMessage with its alert code; an undeliverable command becomes E20 and a command
 * without answer E21 (see {@link #onTimeout}). Everything goes to the outbox.
 */
public final class DeviceResponseRouter implements DeviceMessageListener {

  private static final Logger log = LoggerFactory.getLogger(DeviceResponseRouter.class);

  private final PendingCommands pending;
  private final DuisResponses responses;
  private final Consumer<byte[]> outbox;
  private final PowerOutageReporter powerOutages;

  /** @param powerOutages told of Comms Hubs that lost power; null to ignore such reports */
  public DeviceResponseRouter(
      PendingCommands pending, DuisResponses responses, Consumer<byte[]> outbox, PowerOutageReporter powerOutages) {
    this.powerOutages = powerOutages;
    this.pending = pending;
    this.responses = responses;
    this.outbox = outbox;
  }

  @Override
  public void onDeviceMessage(Eui64 device, byte[] gbcsMessage) {
    GeneralSigningApdu apdu;
    try {
      apdu = GbcsCodec.decode(gbcsMessage).apdu();
    } catch (GbcsCodecException e) {
      log.warn("unreadable GBCS message from {} dropped: {}", device, e.getMessage());
      return;
    }
    if (apdu.cra() == CraFlag.ALERT) {
      relayAlert(device, apdu, gbcsMessage);
      return;
    }
    if (apdu.cra() != CraFlag.RESPONSE) {
      log.warn("a {} from {} is not something a device sends; dropped", apdu.cra(), device);
      return;
    }
    PendingCommand.Key key = new PendingCommand.Key(apdu.originator(), apdu.recipient(), apdu.originatorCounter());
    pending.complete(key).ifPresentOrElse(
        c -> outbox.accept(responses.deviceResponse(c.requestId(), c.serviceReference(), c.variant(), gbcsMessage)),
        () -> log.info("response from {} matches no pending command (late or unsolicited): {}", device, key));
  }

  @Override
  public void onUndeliverable(Eui64 device, byte[] gbcsMessage, String reason) {
    GeneralSigningApdu apdu;
    try {
      apdu = GbcsCodec.decode(gbcsMessage).apdu();
    } catch (GbcsCodecException e) {
      log.warn("undeliverable message to {} is unreadable: {}", device, e.getMessage());
      return;
    }
    log.info("command to {} undeliverable: {}", device, reason);
    pending.complete(new PendingCommand.Key(device, apdu.originator(), apdu.originatorCounter()))
        .ifPresent(c -> outbox.accept(
            responses.deviceOutcome(c.requestId(), c.serviceReference(), c.variant(), Outcome.DEVICE_UNREACHABLE)));
  }

  @Override
  public void onCommsHubPowerLost(Eui64 commsHub, Instant since) {
    if (powerOutages != null) {
      powerOutages.powerLost(commsHub, since);
    }
  }

  /** A device alert goes to the User it is addressed to as a DeviceAlertMessage. */
  private void relayAlert(Eui64 device, GeneralSigningApdu alert, byte[] gbcsMessage) {
    int code;
    try {
      code = DeviceAlerts.alertCode(alert);
    } catch (GbcsCodecException e) {
      log.warn("alert from {} with an unreadable payload dropped: {}", device, e.getMessage());
      return;
    }
    outbox.accept(responses.deviceAlert(
        new ResponseId(alert.originator(), alert.recipient(), alert.originatorCounter()), code, gbcsMessage));
  }

  /** A command whose response did not arrive in time: E21 to the User. */
  public void onTimeout(PendingCommand command) {
    log.info("no response from {} to {}", command.device(), command.requestId());
    outbox.accept(responses.deviceOutcome(
        command.requestId(), command.serviceReference(), command.variant(), Outcome.NO_DEVICE_RESPONSE));
  }
}

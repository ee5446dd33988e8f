package org.dccsim.dcc.wan;

import java.security.PublicKey;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.wan.WanTransport;
import org.dccsim.smki.Credential;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiRepository;

/**
 * The access control broker's last step: wraps a command (the DCC's own, or a User-signed
 * Pre-Command, unchanged) in General-Ciphering with the MAC keyed by the ACB's KA key and the
 * device's KA certificate, records that a response is awaited (from the device to the command's
 * originator, under its counter), and hands it to the WAN.
 */
public final class DeviceCommandSender {

  public static final String STAGE = "send";

  private final GbcsMac mac;
  private final Credential acbKeyAgreement;
  private final SmkiRepository smki;
  private final PendingCommands pending;
  private final WanTransport wan;
  private final ResponseTimeouts timeouts;

  public DeviceCommandSender(GbcsMac mac, Credential acbKeyAgreement, SmkiRepository smki, PendingCommands pending,
      WanTransport wan, ResponseTimeouts timeouts) {
    this.timeouts = timeouts;
    this.mac = mac;
    this.acbKeyAgreement = acbKeyAgreement;
    this.smki = smki;
    this.pending = pending;
    this.wan = wan;
  }

  public void send(AcceptedRequest request, GeneralSigningApdu command) throws RequestRefused {
    PublicKey deviceKa = smki.devicePublicKey(request.device().id(), KeyUsage.KEY_AGREEMENT)
        .orElseThrow(() -> new RequestRefused(STAGE, Outcome.DEVICE_UNREACHABLE,
            "no key agreement certificate for " + request.device().id() + " in SMKI: the command cannot be MACed"));
    byte[] message = mac.wrap(command, acbKeyAgreement.privateKey(), deviceKa);
    // the device answers whoever originated the command (the User, or the ACB on its behalf)
    pending.register(new PendingCommand(request.device().id(), command.originator(),
        command.originatorCounter(), request.requestId(), request.srv().serviceReference(), request.srv().variant()),
        timeouts.forType(request.device().type()));
    wan.send(request.device().id(), message);
  }
}

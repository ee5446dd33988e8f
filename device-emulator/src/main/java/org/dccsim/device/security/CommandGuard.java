package org.dccsim.device.security;

import java.util.Optional;
import java.util.Set;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.MessageCode;
import org.dccsim.gbcs.usecase.MessageType;
import org.dccsim.gbcs.usecase.UseCase;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * The checks a GBCS device makes on an incoming command, in order (GBCS 6.2.4 in outline):
 * well-formed and addressed to this device; MAC valid under the device's KA key and the ACB's KA
 * anchor; message code known and implemented by this device type; the originator holds a role
 * that may send it; the counter greater than the last one accepted from that role; and for a
 * critical command, the signature valid under that role's DS anchor. The first failure decides.
 */
public final class CommandGuard {

  public VerifiedCommand check(EmulatedDevice device, byte[] message, DeviceServices services)
      throws CommandRejected {
    GbcsMessage decoded;
    try {
      decoded = GbcsCodec.decode(message);
    } catch (GbcsCodecException e) {
      throw new CommandRejected(Reason.MALFORMED, e.getMessage());
    }
    GeneralSigningApdu apdu = decoded.apdu();
    if (!apdu.recipient().equals(device.id())) {
      throw new CommandRejected(Reason.NOT_FOR_THIS_DEVICE, "addressed to " + apdu.recipient());
    }
    if (apdu.cra() != CraFlag.COMMAND) {
      throw new CommandRejected(Reason.NOT_A_COMMAND, "CRA flag " + apdu.cra());
    }
    Optional<MessageCode> code = services.messageCodes().byCode(apdu.messageCode());
    if (code.isEmpty()) {
      throw new CommandRejected(Reason.UNKNOWN_MESSAGE_CODE, String.format("message code 0x%04X", apdu.messageCode()));
    }
    // a use case GBCS makes critical in some variants only (CS02a, CS02b, CS02e, ...) is critical
    // when signed: its signature is then checked like any critical command's
    boolean critical = isSigned(code.get(), apdu);
    checkMac(device, decoded, critical, services);

    Optional<? extends DeviceUseCase<?>> useCase = device.useCases().forCode(apdu.messageCode());
    if (useCase.isEmpty()) {
      throw new CommandRejected(Reason.NOT_SUPPORTED_BY_DEVICE, code.get() + " on " + device.type());
    }
    Set<RemotePartyRole> senders = services.useCases().find(code.get().useCase())
        .map(UseCase::senders).orElse(Set.of());
    TrustAnchor sender = device.anchors().forParty(apdu.originator())
        .filter(a -> senders.contains(a.role()))
        .orElseThrow(() -> new CommandRejected(Reason.SENDER_NOT_AUTHORISED,
            apdu.originator() + " holds no anchor in " + senders + " for " + code.get().useCase()));
    long last = device.lastCounter(sender.role());
    if (Long.compareUnsigned(apdu.originatorCounter(), last) <= 0) {
      throw new CommandRejected(Reason.COUNTER_NOT_INCREASING,
          "counter " + Long.toUnsignedString(apdu.originatorCounter()) + " ≤ last " + Long.toUnsignedString(last));
    }
    if (critical) {
      if (!apdu.signature().isPresent()) {
        throw new CommandRejected(Reason.SIGNATURE_MISSING, code.get().useCase() + " is critical");
      }
      if (sender.signingKey() == null || !services.signer().verify(apdu, sender.signingKey())) {
        throw new CommandRejected(Reason.SIGNATURE_INVALID, "not signed by the " + sender.role() + " anchor " + sender.party());
      }
    }
    return new VerifiedCommand(apdu, code.get(), sender);
  }

  /**
   * Whether a command is handled as critical: its message code is, or it is of a use case critical
   * only in some variants (GBCS BY_VARIANT) and carries a signature.
   */
  public static boolean isSigned(MessageCode code, GeneralSigningApdu apdu) {
    return code.type() == MessageType.CRITICAL_COMMAND
        || (code.type() == MessageType.BY_VARIANT && apdu.signature().isPresent());
  }

  /** The originator title of a message, when it can be read at all (for the security log). */
  public static Eui64 originatorOf(byte[] message) {
    try {
      return GbcsCodec.decode(message).apdu().originator();
    } catch (GbcsCodecException | RuntimeException e) {
      return null;
    }
  }

  private static void checkMac(EmulatedDevice device, GbcsMessage message, boolean critical, DeviceServices services)
      throws CommandRejected {
    if (!message.isMacProtected()) {
      // a signed critical command may reach a device without the ACB's MAC; anything else may not
      if (critical) {
        return;
      }
      throw new CommandRejected(Reason.MAC_MISSING, "non-critical command without General-Ciphering");
    }
    TrustAnchor acb = device.anchors().forRole(RemotePartyRole.ACCESS_CONTROL_BROKER)
        .filter(a -> a.keyAgreementKey() != null)
        .orElseThrow(() -> new CommandRejected(Reason.MAC_INVALID, "no ACB key agreement anchor"));
    if (!services.mac().verify(message, device.sharedSecret(acb, services))) {
      throw new CommandRejected(Reason.MAC_INVALID, "MAC does not verify under the ACB anchor");
    }
  }
}

package org.dccsim.device.security;

import java.util.Optional;
import java.util.Set;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.common.DeviceJoins;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
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
 * A HAN-only command (message type HAN_COMMAND: a PPMID's PCS01, PCS02) passes the same checks with
 * the joined device in place of the remote party: its MAC under the key agreement key its join
 * gave, its counter kept per joined device; from a device not joined, it is checked as any other.
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
    // a HAN-only command (PCS01, PCS02) is MACed by the joined device that sent it, not by the ACB
    boolean han = code.get().type() == MessageType.HAN_COMMAND;
    TrustAnchor partner = han ? DeviceJoins.partnerAnchor(device, apdu.originator(), services).orElse(null) : null;
    checkMac(device, decoded, critical, partner, services);

    Optional<? extends DeviceUseCase<?>> useCase = device.useCases().forCode(apdu.messageCode());
    if (useCase.isEmpty()) {
      throw new CommandRejected(Reason.NOT_SUPPORTED_BY_DEVICE, code.get() + " on " + device.type());
    }
    TrustAnchor sender = han
        ? hanSender(device, partner, apdu, code.get())
        : remoteParty(device, apdu, code.get(), services);
    long last = han ? DeviceJoins.lastCounter(device, apdu.originator()) : device.lastCounter(sender.role());
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

  private static TrustAnchor remoteParty(EmulatedDevice device, GeneralSigningApdu apdu, MessageCode code,
      DeviceServices services) throws CommandRejected {
    Set<RemotePartyRole> senders = services.useCases().find(code.useCase())
        .map(UseCase::senders).orElse(Set.of());
    return device.anchors().forParty(apdu.originator())
        .filter(a -> senders.contains(a.role()))
        .orElseThrow(() -> new CommandRejected(Reason.SENDER_NOT_AUTHORISED,
            apdu.originator() + " holds no anchor in " + senders + " for " + code.useCase()));
  }

  /**
   * The sender of a HAN-only command: a device in the device log, of the type GBCS lets send it
   * (its message type is SME.C.PPMID-GSME: a PPMID).
   */
  private static TrustAnchor hanSender(EmulatedDevice device, TrustAnchor partner, GeneralSigningApdu apdu,
      MessageCode code) throws CommandRejected {
    if (partner == null) {
      throw new CommandRejected(Reason.SENDER_NOT_AUTHORISED,
          apdu.originator() + " is not a joined device with a key agreement key, for " + code.useCase());
    }
    GbcsDeviceType type = DeviceJoins.typeOf(device, apdu.originator()).orElse(null);
    if (type != GbcsDeviceType.PPMID) {
      throw new CommandRejected(Reason.SENDER_NOT_AUTHORISED,
          apdu.originator() + " joined as " + type + ", not a PPMID, for " + code.useCase());
    }
    return partner;
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

  private static void checkMac(EmulatedDevice device, GbcsMessage message, boolean critical, TrustAnchor partner,
      DeviceServices services) throws CommandRejected {
    if (!message.isMacProtected()) {
      // a signed critical command may reach a device without the ACB's MAC; anything else may not
      if (critical) {
        return;
      }
      throw new CommandRejected(Reason.MAC_MISSING, "non-critical command without General-Ciphering");
    }
    if (partner != null) {
      if (!services.mac().verify(message, device.sharedSecret(partner, services))) {
        throw new CommandRejected(Reason.MAC_INVALID, "MAC does not verify under the key of " + partner.party());
      }
      return;
    }
    TrustAnchor acb = device.anchors().forRole(RemotePartyRole.ACCESS_CONTROL_BROKER)
        .filter(a -> a.keyAgreementKey() != null)
        .orElseThrow(() -> new CommandRejected(Reason.MAC_INVALID, "no ACB key agreement anchor"));
    if (!services.mac().verify(message, device.sharedSecret(acb, services))) {
      throw new CommandRejected(Reason.MAC_INVALID, "MAC does not verify under the ACB anchor");
    }
  }
}

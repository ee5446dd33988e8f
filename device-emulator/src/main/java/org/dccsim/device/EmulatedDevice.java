package org.dccsim.device;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dccsim.device.common.CommonState;
import org.dccsim.device.common.DeviceJoins;
import org.dccsim.device.security.CommandGuard;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.usecase.MessageType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emulated SMETS2 device: its identity, trust anchors and the counters GBCS makes it keep, and
 * the protection of everything it sends (signed when critical, else MACed with the shared secret of
 * its KA key and the peer's). A device handles one message at a time; it answers a command only
 * after every security check has passed, and otherwise logs a security event and may raise an
 * alert ({@link org.dccsim.device.security.SecurityAlertPolicy}).
 *
 * <p>State is kept small because a population holds millions: no key objects (the keyring derives
 * them), and the counters, shared secrets and security log are created when first needed.
 * Subclasses add the state of their device type in the same spirit.
 */
public abstract class EmulatedDevice {

  private static final Logger log = LoggerFactory.getLogger(EmulatedDevice.class);
  private static final CommandGuard GUARD = new CommandGuard();
  private static final int ROLES = RemotePartyRole.values().length;

  private final Eui64 id;
  private TrustAnchors anchors;
  /** Last accepted originator counter per remote party role; null until the first command. */
  private long[] lastCounters;
  /** ECDH shared secret of the device's KA key with each role's KA anchor; null until first needed. */
  private byte[][] sharedSecrets;
  private long alertCounter;
  private SecurityLog securityLog;
  /**
   * What the use cases shared by device types keep (own key generations and certificates, device
   * log, firmware, pending future-dated commands, faults); null until one of them changes it.
   */
  private CommonState common;
  private volatile DeviceCondition condition = DeviceCondition.NORMAL;

  protected EmulatedDevice(Eui64 id, TrustAnchors anchors) {
    this.id = id;
    this.anchors = anchors;
  }

  public final Eui64 id() {
    return id;
  }

  public abstract DeviceType type();

  /** The use cases this device type implements. */
  public abstract DeviceUseCases<? extends EmulatedDevice> useCases();

  /** How this device type writes generic alerts. */
  protected abstract AlertFormat alertFormat();

  public final synchronized TrustAnchors anchors() {
    return anchors;
  }

  /** Replaces the anchor of one role (CS02b); the shared secret with the old anchor is forgotten. */
  public final synchronized void replaceAnchor(TrustAnchor anchor) {
    anchors = anchors.with(anchor);
    if (sharedSecrets != null) {
      sharedSecrets[anchor.role().ordinal()] = null;
    }
  }

  public final DeviceCondition condition() {
    return condition;
  }

  public final void setCondition(DeviceCondition newCondition) {
    this.condition = newCondition;
  }

  /** The device's own clock: the simulation's, off by any injected drift. */
  public final Instant now(DeviceServices services) {
    return services.clock().instant().plus(condition.clockDrift());
  }

  /**
   * Receives one message from the network.
   *
   * @return the response to send back, or empty when the command was refused, or the device is
   *     unpowered or has stopped answering
   */
  public final synchronized Optional<byte[]> receive(byte[] message, DeviceServices services) {
    DeviceCondition c = condition;
    if (!c.powered()) {
      return Optional.empty();
    }
    VerifiedCommand command = null;
    try {
      command = GUARD.check(this, message, services);
      if (command.sender().isHanPartner()) {
        DeviceJoins.setLastCounter(this, command.apdu().originator(), command.apdu().originatorCounter());
      } else {
        counters()[command.sender().role().ordinal()] = command.apdu().originatorCounter();
      }
      if (!c.answering()) {
        return Optional.empty();
      }
      return Optional.of(execute(command, services));
    } catch (CommandRejected r) {
      refuse(message, command, r, services);
      return Optional.empty();
    }
  }

  /** The counter the device last accepted from a role; 0 when none. */
  public final synchronized long lastCounter(RemotePartyRole role) {
    return lastCounters == null ? 0 : lastCounters[role.ordinal()];
  }

  /**
   * Sets the counter a role's next command must exceed: the floor sequence numbers of a credentials
   * update (CS02b), or a seeded state.
   */
  public final synchronized void setLastCounter(RemotePartyRole role, long counter) {
    counters()[role.ordinal()] = counter;
  }

  /** The state of the shared use cases, created on first use (see {@link CommonState}). */
  public final synchronized CommonState common() {
    if (common == null) {
      common = new CommonState();
    }
    return common;
  }

  /** The state of the shared use cases; null while none has changed anything. */
  public final synchronized CommonState commonIfPresent() {
    return common;
  }

  /**
   * Forgets every shared secret: the device's own key agreement key has changed (CS02d), so each is
   * agreed again on next use.
   */
  public final synchronized void forgetSharedSecrets() {
    sharedSecrets = null;
  }

  /** The device's security log, oldest first. */
  public final synchronized List<SecurityEvent> securityLog() {
    return securityLog == null ? List.of() : securityLog.events();
  }

  /** The counter of the last alert the device raised; 0 when none. */
  public final synchronized long alertCounter() {
    return alertCounter;
  }

  /**
   * Sets the alert counter; the next alert uses one more. A population starts its devices at the
   * clock's milliseconds, so that counters keep growing across restarts of the simulator.
   */
  public final synchronized void setAlertCounter(long counter) {
    this.alertCounter = counter;
  }

  // ------------------------------------------------------------------ responses and alerts

  /**
   * The response to a verified command: the command's header turned round (CRA response, the
   * command's counter, titles swapped, same other-information) with {@code dateTime}, around
   * {@code payload}, signed when the command is critical and otherwise MACed for its sender.
   */
  public final byte[] respond(
      VerifiedCommand command, byte[] payload, Optional<CosemDateTime> dateTime, DeviceServices services) {
    return respond(command, payload, dateTime, CommandGuard.isSigned(command.code(), command.apdu()), services);
  }

  /**
   * As {@link #respond(VerifiedCommand, byte[], Optional, DeviceServices)}, signed or MACed as the
   * use case says (GBCS signs every CS02b response, also to the ACB's MACed command).
   */
  public final byte[] respond(VerifiedCommand command, byte[] payload, Optional<CosemDateTime> dateTime,
      boolean signed, DeviceServices services) {
    GroupingHeader header = command.apdu().header().response(dateTime);
    GeneralSigningApdu unsigned = GeneralSigningApdu.create(header, payload, SignatureField.NULL);
    return protect(unsigned, signed, command.sender(), services);
  }

  /** A response with a header of the use case's own making (a URP's), signed or MACed as the command's code says. */
  public final byte[] respond(VerifiedCommand command, GroupingHeader header, byte[] payload, DeviceServices services) {
    return protect(GeneralSigningApdu.create(header, payload, SignatureField.NULL),
        CommandGuard.isSigned(command.code(), command.apdu()), command.sender(), services);
  }

  /** Signs {@code unsigned} with the device's DS key, or MACs it for {@code peer}. */
  public final byte[] protect(GeneralSigningApdu unsigned, boolean critical, TrustAnchor peer, DeviceServices services) {
    if (critical) {
      return services.signer().sign(unsigned, ownPrivateKey(KeyUsage.DIGITAL_SIGNATURE, services))
          .encoded().toByteArray();
    }
    return services.mac().wrap(unsigned, sharedSecret(peer, services));
  }

  /**
   * The ECDH shared secret of this device's KA key and {@code anchor}'s, computed once per anchor
   * (one scalar multiplication) and then kept: every later MAC costs a hash and a GMAC.
   */
  public final synchronized byte[] sharedSecret(TrustAnchor anchor, DeviceServices services) {
    if (anchor.keyAgreementKey() == null) {
      throw new IllegalStateException(anchor.role() + " anchor " + anchor.party() + " has no key agreement key");
    }
    if (anchor.isHanPartner()) {
      // HAN-only commands are rare (a consumer's top-up): agreed each time rather than kept per device
      return services.ecdh().sharedSecret(ownPrivateKey(KeyUsage.KEY_AGREEMENT, services), anchor.keyAgreementKey());
    }
    if (sharedSecrets == null) {
      sharedSecrets = new byte[ROLES][];
    }
    int i = anchor.role().ordinal();
    TrustAnchor current = anchors.forRole(anchor.role()).orElse(null);
    boolean cacheable = current != null && current.keyAgreementKey() == anchor.keyAgreementKey();
    byte[] z = cacheable ? sharedSecrets[i] : null;
    if (z == null) {
      z = services.ecdh().sharedSecret(ownPrivateKey(KeyUsage.KEY_AGREEMENT, services), anchor.keyAgreementKey());
      if (cacheable) {
        sharedSecrets[i] = z;
      }
    }
    return z;
  }

  /**
   * Raises an alert: the device's next alert counter, the anchor of {@code recipient} as
   * recipient, signed when {@code messageCode} is a critical alert and otherwise MACed for the
   * recipient, sent on the uplink.
   *
   * @return false when the device holds no anchor for {@code recipient}, so cannot address it
   */
  public final synchronized boolean raiseAlert(
      RemotePartyRole recipient, int messageCode, AlertPayload payload, DeviceServices services) {
    Optional<TrustAnchor> to = anchors.forRole(recipient);
    if (to.isEmpty()) {
      log.debug("{} has no {} anchor to send alert {} to", id, recipient, Integer.toHexString(messageCode));
      return false;
    }
    return raiseAlert(to.get(), messageCode, payload, services);
  }

  /**
   * Raises an alert to a given party: the sender of a future-dated command hears its outcome even
   * when the command replaced that party's own anchor (CS02b, CS02g).
   *
   * @return false when the device is unpowered
   */
  public final synchronized boolean raiseAlert(
      TrustAnchor recipient, int messageCode, AlertPayload payload, DeviceServices services) {
    boolean critical = services.messageCodes().byCode(messageCode)
        .map(c -> c.type() == MessageType.CRITICAL_ALERT)
        .orElseThrow(() -> new IllegalArgumentException("unknown alert message code " + Integer.toHexString(messageCode)));
    return raiseAlert(recipient, messageCode, payload, critical, services);
  }

  /**
   * Raises an alert signed or MACed as its use case's variant says (GBCS leaves it to the variant
   * for a few, e.g. CCS08, which RTDS signs).
   *
   * @return false when the device is unpowered
   */
  public final synchronized boolean raiseAlert(
      TrustAnchor recipient, int messageCode, AlertPayload payload, boolean signed, DeviceServices services) {
    if (!condition.powered()) {
      return false;
    }
    Instant at = now(services);
    long counter = nextAlertCounter();
    GroupingHeader header = new GroupingHeader(
        CraFlag.ALERT, counter, id, recipient.party(), Optional.empty(), OtherInformation.of(messageCode));
    GeneralSigningApdu unsigned = GeneralSigningApdu.create(header, payload.encode(at, counter), SignatureField.NULL);
    services.uplink().send(id, protect(unsigned, signed, recipient, services));
    return true;
  }

  /**
   * Raises a generic alert (GBCS GCA 0x1000 for 8Fxx codes, signed; GNCA 0x1001 otherwise, MACed)
   * to {@code recipient}, in this device type's {@link AlertFormat}.
   *
   * @return false when the device type has no generic alerts or no anchor for the recipient
   */
  public final boolean raiseGenericAlert(RemotePartyRole recipient, int alertCode, DeviceServices services) {
    if (condition.powered()) {
      recordEvent(alertCode, services);
    }
    return sendGenericAlert(recipient, alertCode, services);
  }

  /**
   * Writes an event the device raises an alert for in its event log; nothing by default (the
   * device types that keep one override it). Refusals go to the security log instead.
   */
  protected void recordEvent(int alertCode, DeviceServices services) {}

  private boolean sendGenericAlert(RemotePartyRole recipient, int alertCode, DeviceServices services) {
    if (alertFormat() == AlertFormat.NONE) {
      return false;
    }
    int messageCode = (alertCode & 0xFF00) == 0x8F00 ? GENERIC_CRITICAL_ALERT : GENERIC_NON_CRITICAL_ALERT;
    return raiseAlert(recipient, messageCode,
        (at, counter) -> alertFormat().genericAlert(alertCode, at, counter).orElseThrow(), services);
  }

  /** GBCS GCA and GNCA message codes. */
  public static final int GENERIC_CRITICAL_ALERT = 0x1000;
  public static final int GENERIC_NON_CRITICAL_ALERT = 0x1001;

  /** An alert's payload, written once its time and counter are known. */
  @FunctionalInterface
  public interface AlertPayload {
    byte[] encode(Instant at, long alertCounter);
  }

  /**
   * The device's private key for a usage: the keyring's, or a later generation of it once the
   * device has replaced that key pair (CS02c, then CS02d).
   */
  public final PrivateKey ownPrivateKey(KeyUsage usage, DeviceServices services) {
    PrivateKey original = services.keyring().privateKey(id, usage);
    CommonState c;
    synchronized (this) {
      c = common;
    }
    return c == null ? original : c.activeKey(original, usage);
  }

  // ------------------------------------------------------------------ internals

  @SuppressWarnings({"unchecked", "rawtypes"})
  private byte[] execute(VerifiedCommand command, DeviceServices services) throws CommandRejected {
    DeviceUseCase useCase = useCases().forCode(command.code().code()).orElseThrow();
    return useCase.execute(this, command, services);
  }

  private long[] counters() {
    if (lastCounters == null) {
      lastCounters = new long[ROLES];
    }
    return lastCounters;
  }

  private long nextAlertCounter() {
    return ++alertCounter;
  }

  private void refuse(byte[] message, VerifiedCommand command, CommandRejected r, DeviceServices services) {
    Eui64 originator = command != null ? command.apdu().originator() : CommandGuard.originatorOf(message);
    long counter = command != null ? command.apdu().originatorCounter() : 0;
    if (securityLog == null) {
      securityLog = new SecurityLog();
    }
    securityLog.add(new SecurityEvent(now(services), originator, counter, r.reason(), r.getMessage()));
    OptionalInt alert = services.securityAlerts().alertCode(r.reason());
    if (alert.isPresent()) {
      sendGenericAlert(RemotePartyRole.SUPPLIER, alert.getAsInt(), services);
    }
  }
}

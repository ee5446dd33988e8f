package org.dccsim.device;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.security.CommandGuard;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * An emulated SMETS2 device: its identity, keys, trust anchors and the counters GBCS makes it
 * keep. A device handles one message at a time (the network delivers each device's messages in
 * order); it answers a command only after every security check has passed, and records a
 * security event otherwise.
 */
public abstract class EmulatedDevice {

  private static final int SECURITY_LOG_SIZE = 16;
  private static final CommandGuard GUARD = new CommandGuard();

  private final Eui64 id;
  private final DeviceKeys keys;
  private volatile TrustAnchors anchors;
  /** Last accepted originator counter per remote party role (0: none yet; GBCS counters start above 0). */
  private final long[] lastCounters = new long[RemotePartyRole.values().length];
  private final ArrayDeque<SecurityEvent> securityLog = new ArrayDeque<>(4);

  protected EmulatedDevice(Eui64 id, DeviceKeys keys, TrustAnchors anchors) {
    this.id = id;
    this.keys = keys;
    this.anchors = anchors;
  }

  public Eui64 id() {
    return id;
  }

  public abstract DeviceKind kind();

  /** The use cases this device type implements. */
  public abstract DeviceUseCases<? extends EmulatedDevice> useCases();

  public DeviceKeys keys() {
    return keys;
  }

  public TrustAnchors anchors() {
    return anchors;
  }

  public void replaceAnchor(TrustAnchor anchor) {
    anchors = anchors.with(anchor);
  }

  /**
   * Receives one message from the network.
   *
   * @return the response to send back, or empty when the command was refused
   */
  public final synchronized Optional<byte[]> receive(byte[] message, DeviceServices services) {
    VerifiedCommand command = null;
    try {
      command = GUARD.check(this, message, services);
      lastCounters[command.sender().role().ordinal()] = command.apdu().originatorCounter();
      return Optional.of(execute(command, services));
    } catch (CommandRejected r) {
      recordSecurityEvent(message, command, r, services);
      return Optional.empty();
    }
  }

  /** The counter the device last accepted from a role; 0 when none. */
  public synchronized long lastCounter(RemotePartyRole role) {
    return lastCounters[role.ordinal()];
  }

  public synchronized List<SecurityEvent> securityLog() {
    return List.copyOf(securityLog);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private byte[] execute(VerifiedCommand command, DeviceServices services) throws CommandRejected {
    DeviceUseCase useCase = useCases().forCode(command.code().code()).orElseThrow();
    return useCase.execute(this, command, services);
  }

  private void recordSecurityEvent(
      byte[] message, VerifiedCommand command, CommandRejected r, DeviceServices services) {
    Eui64 originator = command != null ? command.apdu().originator() : CommandGuard.originatorOf(message);
    long counter = command != null ? command.apdu().originatorCounter() : 0;
    if (securityLog.size() == SECURITY_LOG_SIZE) {
      securityLog.removeFirst();
    }
    securityLog.addLast(new SecurityEvent(services.clock().instant(), originator, counter, r.reason(), r.getMessage()));
  }
}

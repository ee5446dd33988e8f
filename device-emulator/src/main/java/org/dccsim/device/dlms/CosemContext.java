package org.dccsim.device.dlms;

import org.dccsim.device.security.UnknownRemoteParty;
import java.time.Instant;
import java.util.Objects;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.security.VerifiedCommand;

/**
 * What an access is executed within: the engine (for methods that read other attributes), the
 * services, the device's time when the command arrived (one instant for the whole command, so that
 * every reading of one response agrees), and the command itself when there is one (future-dated
 * work and alerts answer to its sender and counter).
 */
public final class CosemContext {

  private final CosemEngine<?> engine;
  private final DeviceServices services;
  private final Instant now;
  private final VerifiedCommand command;
  private final UnknownRemoteParty unknownRemoteParty;

  /** @param command the command being executed; null for work the device does on its own */
  public CosemContext(CosemEngine<?> engine, DeviceServices services, Instant now, VerifiedCommand command) {
    this(engine, services, now, command, null);
  }

  /** @param unknownRemoteParty the party a URP command is for; null when it is none */
  public CosemContext(CosemEngine<?> engine, DeviceServices services, Instant now, VerifiedCommand command,
      UnknownRemoteParty unknownRemoteParty) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.services = Objects.requireNonNull(services, "services");
    this.now = Objects.requireNonNull(now, "now");
    this.command = command;
    this.unknownRemoteParty = unknownRemoteParty;
  }

  /** The unknown remote party the command is for (sensitive values are encrypted for it); null when none. */
  public UnknownRemoteParty unknownRemoteParty() {
    return unknownRemoteParty;
  }

  /** The engine executing the access, typed for the device it executes on. */
  @SuppressWarnings("unchecked")
  public <D extends CosemDevice> CosemEngine<D> engine() {
    return (CosemEngine<D>) engine;
  }

  public DeviceServices services() {
    return services;
  }

  public Instant now() {
    return now;
  }

  /** The command; null for work the device does on its own. */
  public VerifiedCommand command() {
    return command;
  }

  /** The command, for an access that only makes sense within one. */
  public VerifiedCommand requireCommand() throws CosemAccessException {
    if (command == null) {
      throw new CosemAccessException(AccessResult.OTHER_REASON, "needs a command");
    }
    return command;
  }
}

package org.dccsim.device.zcl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.UnknownRemoteParty;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzComponentCipher;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.GeneralCommands;
import org.dccsim.gbcs.gbz.ZclHeader;
import org.dccsim.gbcs.security.SensitivePayloadParties;

/**
 * A GBCS use case of a GBZ device as a table entry: its message code, whether its response
 * carries the device's date-time, and which replies are sensitive (their ZCL payload encrypted
 * for the requester); the {@link ZclEngine} does the rest. Which use case carries a date-time and
 * which replies are encrypted follow the RTDS responses [?: GBCS states both per use case; the
 * RTDS is what we could check].
 */
public final class GbzUseCase<D extends EmulatedDevice & ZclDevice> implements DeviceUseCase<D> {

  private final int messageCode;
  private final ZclEngine<D> engine;
  private final boolean dateTimeInResponse;
  private final int[] sensitive;
  private final ClockStatus<D> clockStatus;
  private final boolean readResponsesDisableDefault;

  /** The clock status byte a device writes in response date-times. */
  @FunctionalInterface
  public interface ClockStatus<D> {
    int of(D device);
  }

  private GbzUseCase(int messageCode, ZclEngine<D> engine, boolean dateTimeInResponse, int[] sensitive,
      ClockStatus<D> clockStatus, boolean readResponsesDisableDefault) {
    this.messageCode = messageCode;
    this.engine = engine;
    this.dateTimeInResponse = dateTimeInResponse;
    this.sensitive = sensitive;
    this.clockStatus = clockStatus;
    this.readResponsesDisableDefault = readResponsesDisableDefault;
  }

  /**
   * This use case with the disable-default-response bit set in its Read Attributes Responses, as
   * the RTDS shows for some use cases (GCS13a/b/c, GCS21f) and not for others [?].
   */
  public GbzUseCase<D> readResponsesDisableDefaultResponse() {
    return new GbzUseCase<>(messageCode, engine, dateTimeInResponse, sensitive, clockStatus, true);
  }

  /**
   * A use case.
   *
   * @param sensitive the replies sent encrypted
   */
  public static <D extends EmulatedDevice & ZclDevice> GbzUseCase<D> of(int messageCode, ZclEngine<D> engine,
      boolean dateTimeInResponse, ClockStatus<D> clockStatus, ZclCommandRef... sensitive) {
    int[] keys = new int[sensitive.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = sensitive[i].key();
    }
    return new GbzUseCase<>(messageCode, engine, dateTimeInResponse, keys, clockStatus, false);
  }

  @Override
  public int messageCode() {
    return messageCode;
  }

  @Override
  public byte[] execute(D device, VerifiedCommand command, DeviceServices services) throws CommandRejected {
    GbzPayload payload;
    try {
      payload = GbzCodec.decode(command.apdu().content());
    } catch (GbcsCodecException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, "not a GBZ payload: " + e.getMessage());
    }
    if (!(payload instanceof GbzPayload.UseCase useCase)) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, "a GBZ alert is no command");
    }
    Instant now = device.now(services);
    UnknownRemoteParty urp = UnknownRemoteParty.of(command, device).orElse(null);
    List<ZclEngine.Reply> replies = engine.execute(device, useCase,
        new ZclContext<>(device, engine, services, now, command, null));
    Optional<CosemDateTime> dateTime = dateTimeInResponse
        ? Optional.of(DeviceTime.cosem(now, clockStatus.of(device)))
        : Optional.empty();
    GroupingHeader header = urp == null ? command.apdu().header().response(dateTime)
        : urp.responseHeader(device, command, dateTime);
    List<GbzComponent> components = new ArrayList<>(replies.size());
    GbzComponentCipher cipher = null;
    SensitivePayloadParties parties = null;
    byte[] secret = null;
    int encrypted = 0;
    for (ZclEngine.Reply r : replies) {
      if (readResponsesDisableDefault && r.command() instanceof GeneralCommands.ReadAttributesResponse) {
        r = new ZclEngine.Reply(r.clusterId(), ZclHeader.of(r.command(), r.header().sequence(), true), r.command());
      }
      if (isSensitive(ZclCommandRef.of(r.clusterId(), r.command()).key())) {
        if (cipher == null) {
          cipher = new GbzComponentCipher(services.payloadCipher());
          parties = SensitivePayloadParties.of(header);
          // encrypted for the party the parties name: the sender, the remote party it acts for, or a URP
          secret = urp != null ? urp.sharedSecret(device, services)
              : device.sharedSecret(device.anchors().forParty(parties.recipient()).orElse(command.sender()), services);
        }
        components.add(cipher.encrypt(r.clusterId(), r.header(), r.command(), encrypted++, parties, secret));
      } else {
        components.add(GbzComponent.of(r.clusterId(), r.header(), r.command()));
      }
    }
    return device.respond(command, header, GbzCodec.encode(new GbzPayload.UseCase(components)), services);
  }

  private boolean isSensitive(int key) {
    for (int k : sensitive) {
      if (k == key) {
        return true;
      }
    }
    return false;
  }
}

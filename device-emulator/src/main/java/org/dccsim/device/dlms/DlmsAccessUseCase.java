package org.dccsim.device.dlms;

import java.time.Instant;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.UnknownRemoteParty;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * A GBCS use case carried as one DLMS Access-Request (D9) and answered with one Access-Response
 * (DA): the payload is decoded once, executed by the device's {@link CosemEngine}, and the response
 * sent back signed or MACed by {@link EmulatedDevice#respond}. What the use case does is what its
 * accesses do to the object model, so most use cases are this class and a message code.
 *
 * @param <D> the device type
 */
public final class DlmsAccessUseCase<D extends EmulatedDevice & CosemDevice> implements DeviceUseCase<D> {

  private final int messageCode;
  private final boolean dateTimeInResponse;
  private final CosemEngine<D> engine;

  /**
   * @param dateTimeInResponse whether the response header carries the device's date-time (RTDS:
   *     the use cases that may be future-dated, and instantaneous readings)
   */
  public DlmsAccessUseCase(int messageCode, boolean dateTimeInResponse, CosemEngine<D> engine) {
    this.messageCode = messageCode;
    this.dateTimeInResponse = dateTimeInResponse;
    this.engine = engine;
  }

  @Override
  public int messageCode() {
    return messageCode;
  }

  public boolean dateTimeInResponse() {
    return dateTimeInResponse;
  }

  @Override
  public byte[] execute(D device, VerifiedCommand command, DeviceServices services) throws CommandRejected {
    AccessRequest request = parse(command);
    Instant now = device.now(services);
    Optional<CosemDateTime> dateTime = dateTimeInResponse ? Optional.of(DeviceTime.cosem(now)) : Optional.empty();
    UnknownRemoteParty urp = UnknownRemoteParty.of(command, device).orElse(null);
    AccessResponse response = engine.execute(device, request, new CosemContext(engine, services, now, command, urp));
    if (urp == null) {
      return device.respond(command, DlmsCodec.encode(response), dateTime, services);
    }
    return device.respond(command, urp.responseHeader(device, command, dateTime), DlmsCodec.encode(response), services);
  }

  /** The command's Access-Request, numbered for its counter as GBCS requires. */
  static AccessRequest parse(VerifiedCommand command) throws CommandRejected {
    ByteSlice content = command.apdu().content();
    if (content.length() == 0 || content.get(0) != AccessRequest.TAG) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, "not a DLMS Access-Request (D9)");
    }
    AccessRequest request;
    try {
      request = DlmsCodec.decodeAccessRequest(content);
    } catch (GbcsCodecException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, e.getMessage());
    }
    if (!LongInvokeIdAndPriority.matchesCounter(request.longInvokeIdAndPriority(), command.apdu().originatorCounter())) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, String.format(
          "long-invoke-id-and-priority %08X is not that of counter %d", request.longInvokeIdAndPriority(),
          command.apdu().originatorCounter()));
    }
    if (request.data().size() != request.specs().size()) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID,
          request.specs().size() + " specifications but " + request.data().size() + " data");
    }
    return request;
  }
}

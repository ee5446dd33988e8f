package org.dccsim.dcc.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.access.AccessControl;
import org.dccsim.dcc.anomaly.AnomalyDetector;
import org.dccsim.dcc.anomaly.AnomalyVerdict;
import org.dccsim.dcc.anomaly.Quarantine;
import org.dccsim.dcc.anomaly.QuarantinedRequest;
import org.dccsim.dcc.catalogue.CommandVariant;
import org.dccsim.dcc.catalogue.DuisService;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.counter.AccessControlBrokerCounter;
import org.dccsim.dcc.counter.RequestCounterGuard;
import org.dccsim.dcc.critical.IssuedPreCommand;
import org.dccsim.dcc.critical.IssuedPreCommands;
import org.dccsim.dcc.critical.SignedPreCommandVerifier;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.duis.DuisFormatException;
import org.dccsim.dcc.duis.DuisRequest;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.duis.RequestHeader;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.duis.SignedPreCommand;
import org.dccsim.dcc.duis.response.PreCommand;
import org.dccsim.dcc.duis.response.QuarantinedRequestAlert;
import org.dccsim.dcc.duis.response.ResponsePayload;
import org.dccsim.dcc.http.ServiceRequestProcessor;
import org.dccsim.dcc.http.SyncReply;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.DeviceStatus;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.service.NonDeviceService;
import org.dccsim.dcc.service.ServiceHandler;
import org.dccsim.dcc.service.ServiceHandlers;
import org.dccsim.dcc.signature.RequestAuthenticator;
import org.dccsim.dcc.wan.DeviceCommandSender;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DCC's processing of one DUIS request, as named stages in the order the DCC applies them:
 *
 * <ol>
 *   <li>read (hardened XML; what cannot be read as DUIS is refused with HTTP 400 and the reason);
 *   <li>signature: valid, by the originator's XML-signing certificate;
 *   <li>service and variant: the Command Variant belongs at this URL (E13) and to this SRV (E12);
 *   <li>counter: greater than the originator's last one; a Signed Pre-Command instead claims the
 *       Pre-Command issued under its RequestID, once;
 *   <li>access control: User and role (E1–E3); for device SRs the device exists (E19), is of a
 *       type the SRV applies to (E11), is commissioned (E5) and the User is its registered party
 *       in an eligible role (E4);
 *   <li>anomaly detection: counts per User and SRV; a quarantined request is acknowledged, not
 *       sent, and reported to the User by DCC alert AD1;
 *   <li>the SRV's handler: a non-device answer, a Pre-Command (CV 4), or a command to the device
 *       (CV 1, or CV 5 after the Signed Pre-Command is verified).
 * </ol>
 *
 * Every refusal after reading is a signed DUIS response with the outcome's code, logged once.
 */
public final class ServiceRequestPipeline implements ServiceRequestProcessor {

  private static final Logger log = LoggerFactory.getLogger(ServiceRequestPipeline.class);

  /** Everything the stages need, assembled by the application. */
  public record Stages(
      DuisRequestReader reader,
      RequestAuthenticator authenticator,
      ServiceCatalogue catalogue,
      RequestCounterGuard counters,
      AccessControlBrokerCounter acbCounter,
      IssuedPreCommands issuedPreCommands,
      AccessControl accessControl,
      DeviceInventory inventory,
      AnomalyDetector anomalyDetector,
      Quarantine quarantine,
      ServiceHandlers handlers,
      SignedPreCommandVerifier signedPreCommands,
      DeviceCommandSender sender,
      DuisResponses responses,
      java.util.function.Consumer<byte[]> outbox,
      Clock clock) {}

  private final Stages s;

  public ServiceRequestPipeline(Stages stages) {
    this.s = stages;
  }

  @Override
  public SyncReply process(DuisService service, byte[] body) {
    DuisRequest request;
    try {
      request = s.reader().read(body);
    } catch (DuisFormatException e) {
      log.info("refused an unreadable DUIS request: {}", e.getMessage());
      return SyncReply.refused(400, "not a readable DUIS request: " + e.getMessage());
    }
    RequestHeader header = request.header();
    Optional<ServiceReferenceVariant> srv = s.catalogue().find(header.serviceReferenceVariant());
    if (srv.isEmpty() || !srv.get().serviceReference().equals(header.serviceReference())) {
      String reason = srv.isEmpty()
          ? "unknown ServiceReferenceVariant " + header.serviceReferenceVariant()
          : "ServiceReference " + header.serviceReference() + " does not match variant " + srv.get().variant();
      log.info("refused {}: {}", request.requestId(), reason);
      return SyncReply.refused(400, "not a valid DUIS request: " + reason);
    }
    try {
      return SyncReply.duis(accept(service, request, srv.get()));
    } catch (RequestRefused r) {
      log.info("refused {} ({} CV {}) at {}", request.requestId(), srv.get().variant(), header.commandVariant(), r);
      return SyncReply.duis(s.responses().refusal(
          request.requestId(), srv.get().serviceReference(), srv.get().variant(), r.outcome()));
    }
  }

  private byte[] accept(DuisService service, DuisRequest request, ServiceReferenceVariant srv) throws RequestRefused {
    Instant now = s.clock().instant();
    RequestId id = request.requestId();
    s.authenticator().authenticate(request);

    CommandVariant cv = commandVariant(service, request, srv);
    Optional<IssuedPreCommand> issued = Optional.empty();
    if (cv.carriesSignedPreCommand()) {
      issued = Optional.of(s.issuedPreCommands().claim(id.toString()).orElseThrow(() -> new RequestRefused("counter",
          Outcome.PRE_COMMAND_MISMATCH, "no Pre-Command awaits a signature under RequestID " + id
              + " (never issued, already used, or expired)")));
    } else if (!s.counters().advance(id.originator(), id.counter())) {
      throw new RequestRefused("counter", Outcome.COUNTER_NOT_INCREASING,
          "counter " + id.counterText() + " is not greater than " + Long.toUnsignedString(s.counters().lastAccepted(id.originator())));
    }

    AccessControl.Authorisation authorised = s.accessControl().authoriseService(id.originator(), srv);
    Set<UserRole> roles = authorised.roles();
    ServiceHandler handler = s.handlers().find(srv).orElseThrow(() -> new RequestRefused("dispatch",
        Outcome.NOT_IMPLEMENTED, srv + " is not implemented by dccsim yet"));
    InventoryDevice device = null;
    if (handler instanceof DeviceCommandTransform transform) {
      device = s.inventory().find(id.target()).orElseThrow(() -> new RequestRefused(AccessControl.STAGE,
          Outcome.UNKNOWN_DEVICE, id.target() + " is not in the inventory"));
      if (!transform.targetTypes().contains(device.type())) {
        throw new RequestRefused(AccessControl.STAGE, Outcome.DEVICE_TYPE,
            srv.variant() + " applies to " + transform.targetTypes() + ", not to " + device.type() + " " + device.id());
      }
      if (device.status() != DeviceStatus.Commissioned) {
        throw new RequestRefused(AccessControl.STAGE, Outcome.DEVICE_STATUS, device.id() + " is " + device.status());
      }
      s.accessControl().authoriseDevice(id.originator(), roles, device);
    }
    AcceptedRequest accepted = new AcceptedRequest(request, srv, cv, authorised.user(), roles, device, now,
        device == null ? 0 : s.acbCounter().next());

    if (cv != CommandVariant.SR_TO_PRE_COMMAND && quarantined(accepted)) {
      return s.responses().acknowledgement(id, srv.serviceReference(), srv.variant());
    }
    if (handler instanceof NonDeviceService nonDevice) {
      ResponsePayload payload = nonDevice.respond(accepted);
      return payload == null
          ? s.responses().acknowledgement(id, srv.serviceReference(), srv.variant())
          : s.responses().success(id, srv.serviceReference(), srv.variant(), payload);
    }
    DeviceCommandTransform transform = (DeviceCommandTransform) handler;
    switch (cv) {
      case SR_TO_WAN -> s.sender().send(accepted, transform.transform(accepted));
      case SR_TO_PRE_COMMAND -> {
        GeneralSigningApdu preCommand = transform.transform(accepted);
        s.issuedPreCommands().issue(new IssuedPreCommand(id.toString(), srv.variant(), preCommand.signedSpan().toByteArray(), now));
        return s.responses().success(id, srv.serviceReference(), srv.variant(),
            new PreCommand(accepted.device().gbcsVersion(), preCommand.encoded().toByteArray()));
      }
      case SIGNED_PRE_COMMAND_TO_WAN -> s.sender().send(accepted, s.signedPreCommands().verify(accepted, issued.orElseThrow()));
      default -> throw new RequestRefused("dispatch", Outcome.LOCAL_COMMAND_UNAVAILABLE,
          "Command Variant " + cv.number() + " (local delivery) is not available in dccsim yet");
    }
    return s.responses().acknowledgement(id, srv.serviceReference(), srv.variant());
  }

  /** E13 and E12, and the body the variant requires. */
  private static CommandVariant commandVariant(DuisService service, DuisRequest request, ServiceReferenceVariant srv)
      throws RequestRefused {
    int number = request.header().commandVariant();
    CommandVariant cv = CommandVariant.of(number).orElseThrow(() -> new RequestRefused("variant",
        Outcome.COMMAND_VARIANT, "Command Variant " + number + " is not accepted from Users"));
    if (cv.service() != service) {
      throw new RequestRefused("variant", Outcome.WRONG_SERVICE,
          "Command Variant " + number + " belongs at " + cv.service().path() + ", not " + service.path());
    }
    if (!srv.accepts(cv)) {
      throw new RequestRefused("variant", Outcome.COMMAND_VARIANT,
          "Command Variant " + number + " does not apply to " + srv);
    }
    boolean signedBody = request.body() instanceof SignedPreCommand;
    if (signedBody != cv.carriesSignedPreCommand()
        || (!signedBody && !((BodyElement) request.body()).localName().equals(srv.bodyElement()))) {
      throw new RequestRefused("variant", Outcome.COMMAND_VARIANT, "the body does not fit Command Variant " + number
          + " of " + srv.variant() + " (expected " + (cv.carriesSignedPreCommand() ? "SignedPreCommand" : srv.bodyElement()) + ")");
    }
    return cv;
  }

  /** Counts the request; when a threshold is passed, holds it and tells the User (AD1). */
  private boolean quarantined(AcceptedRequest r) {
    AnomalyVerdict verdict = s.anomalyDetector().count(r.user().id(), r.srv().variant(), r.receivedAt());
    if (verdict.kind() == AnomalyVerdict.Kind.WARN) {
      log.warn("anomaly warning: {} sent {} {} requests in this window (warning level {})",
          r.user().id(), verdict.count(), r.srv().variant(), verdict.threshold());
      return false;
    }
    if (!verdict.quarantined()) {
      return false;
    }
    QuarantinedRequest held = s.quarantine().hold(r.requestId().toString(), r.user().id(), r.srv().variant(), verdict, r.receivedAt());
    QuarantinedRequestAlert.Breach breach = verdict.kind() == AnomalyVerdict.Kind.QUARANTINE_DCC
        ? QuarantinedRequestAlert.Breach.DCC_THRESHOLD
        : QuarantinedRequestAlert.Breach.USER_THRESHOLD;
    log.warn("quarantined {} (event {}): {} {} requests in this window, threshold {}",
        r.requestId(), held.eventRef(), verdict.count(), r.srv().variant(), verdict.threshold());
    s.outbox().accept(s.responses().quarantined(new QuarantinedRequestAlert(breach, r.requestId(), held.eventRef())));
    return true;
  }
}

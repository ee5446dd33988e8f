package org.dccsim.device.common;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.CredentialsReplacementMode;
import org.dccsim.gbcs.asn1.KeyIdentifier;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.gbcs.asn1.TrustAnchorStatus;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.AuthorisingRemotePartyControl;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.ExecutionOutcome;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.RemotePartySeqNumberChange;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.ReplacementOutcome;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.SeqNumberUsage;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.SpecialistSeqNumber;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.TimeBasedCpvChecks;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.TrustAnchorReplacement;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;

/**
 * CS02b / CS02g Update Security Credentials, one instance per replacement mode (its own message
 * code): a remote party replaces trust anchors of the device. The mode says who may authorise it
 * and which cells it may touch; each certificate is checked ({@link CertificationPathValidation})
 * and placed with {@link EmulatedDevice#replaceAnchor}, so that from then on the new party's
 * commands verify and the old party's do not; the command's floor sequence numbers become the
 * counters the roles' next commands must exceed. A future-dated command runs at its execution
 * date-time and reports its outcome in an alert (8F66 executed, 8F67 some replacement failed) to
 * the party that sent it; 9999-12-31T23:59:59Z cancels the pending one. Responses are signed.
 */
final class UpdateSecurityCredentialsUseCase extends DerUseCase<UpdateSecurityCredentials.Command> {

  static final int CS02B_ALERT = 0x00CB;
  static final int CS02G_ALERT = 0x0124;
  static final int EXECUTED = 0x8F66;
  static final int EXECUTION_FAILED = 0x8F67;

  private final CredentialsReplacementMode mode;

  UpdateSecurityCredentialsUseCase(CredentialsReplacementMode mode) {
    super(mode.messageCode(), UpdateSecurityCredentials.Command.class);
    this.mode = mode;
  }

  @Override
  byte[] answer(EmulatedDevice device, UpdateSecurityCredentials.Command request, VerifiedCommand command,
      DeviceServices services) throws CommandRejected {
    authorise(request, command);
    Optional<Instant> at = request.executionDateTime();
    UpdateSecurityCredentials.Response accepted = new UpdateSecurityCredentials.Response(Optional.empty());
    if (at.isPresent() && at.get().equals(PendingCommands.CANCELLATION)) {
      PendingCommands.cancel(device, messageCode());
      return respond(device, command, accepted, services);
    }
    if (at.isPresent()) {
      TrustAnchor sender = command.sender();
      Instant when = at.get();
      PendingCommands.schedule(device, command, when, services, () -> {
        ExecutionOutcome outcome = apply(device, request, services);
        int alertCode = allSucceeded(outcome) ? EXECUTED : EXECUTION_FAILED;
        device.raiseAlert(sender, alertMessageCode(),
            (time, counter) -> new UpdateSecurityCredentials.Alert(alertCode, when, outcome).toDer(), services);
      });
      return respond(device, command, accepted, services);
    }
    ExecutionOutcome outcome = apply(device, request, services);
    return respond(device, command, new UpdateSecurityCredentials.Response(Optional.of(outcome)), services);
  }

  /** Who may send the command in this mode, and what it may replace. */
  private void authorise(UpdateSecurityCredentials.Command request, VerifiedCommand command) throws CommandRejected {
    AuthorisingRemotePartyControl control = request.control();
    if (control.mode() != mode) {
      throw new CommandRejected(Reason.PAYLOAD_INVALID,
          "mode " + control.mode() + " under the message code of " + mode);
    }
    RemotePartyRole sender = command.sender().role();
    if (sender != authorisingRole(mode)) {
      throw new CommandRejected(Reason.SENDER_NOT_AUTHORISED, mode + " is authorised by the " + authorisingRole(mode)
          + ", not the " + sender);
    }
    if (control.authorisingRemotePartyCell().isPresent()
        && control.authorisingRemotePartyCell().get().role() != sender) {
      throw new CommandRejected(Reason.SENDER_NOT_AUTHORISED,
          "the authorising cell is the " + control.authorisingRemotePartyCell().get().role() + "'s");
    }
    if (control.authorisingRemotePartySeqNumber() != command.apdu().originatorCounter()) {
      throw new CommandRejected(Reason.PAYLOAD_INVALID, "authorising sequence number "
          + control.authorisingRemotePartySeqNumber() + " is not the command's counter");
    }
    // only the ACB authenticates its own replacement by the MAC alone
    if (mode != CredentialsReplacementMode.ACCESS_CONTROL_BROKER_BY_ACB && !command.apdu().signature().isPresent()) {
      throw new CommandRejected(Reason.SIGNATURE_MISSING, mode + " must be signed");
    }
    for (TrustAnchorReplacement r : request.replacements()) {
      TrustAnchorCellIdentifier cell = r.targetCell();
      if (!TrustAnchorCells.exists(cell) || !mayReplace(mode, cell.role())) {
        throw new CommandRejected(Reason.SENDER_NOT_AUTHORISED, mode + " may not replace " + cell);
      }
    }
  }

  private ExecutionOutcome apply(EmulatedDevice device, UpdateSecurityCredentials.Command request,
      DeviceServices services) {
    AuthorisingRemotePartyControl control = request.control();
    boolean timeChecks = control.timeBasedCpvChecks().orElse(TimeBasedCpvChecks.APPLY) == TimeBasedCpvChecks.APPLY;
    Instant now = device.now(services);
    List<ReplacementOutcome> outcomes = new ArrayList<>(request.replacements().size());
    // a cell not yet replaced by this command reports the subject it held before it, even where
    // an earlier replacement of the command moved its role's other cell to a new subject
    TrustAnchors before = device.anchors();
    for (TrustAnchorReplacement r : request.replacements()) {
      outcomes.add(replace(device, before, r, request, timeChecks, now));
    }
    List<RemotePartySeqNumberChange> changes = new ArrayList<>(2);
    if (control.newRemotePartyFloorSeqNumber().isPresent()) {
      changes.add(new RemotePartySeqNumberChange(newRemoteParty(mode),
          control.newRemotePartyFloorSeqNumber().getAsLong(), control.newRemotePartySpecialistFloorSeqNumbers()));
    }
    control.otherRemotePartySeqNumberChanges().ifPresent(changes::addAll);
    for (RemotePartySeqNumberChange change : changes) {
      device.setLastCounter(change.role(), change.floorSeqNumber());
      for (SpecialistSeqNumber s : change.specialistFloorSeqNumbers().orElse(List.of())) {
        if (s.usage() == SeqNumberUsage.PREPAYMENT_TOP_UP && change.role() == RemotePartyRole.SUPPLIER) {
          device.common().prepaymentTopUpFloor = s.seqNumber();
        }
      }
    }
    return new ExecutionOutcome(control.authorisingRemotePartySeqNumber(), mode, changes, outcomes);
  }

  private static ReplacementOutcome replace(EmulatedDevice device, TrustAnchors before, TrustAnchorReplacement r,
      UpdateSecurityCredentials.Command request, boolean timeChecks, Instant now) {
    TrustAnchorCellIdentifier cell = r.targetCell();
    TrustAnchor existing = device.anchors().forRole(cell.role()).orElse(null);
    TrustAnchor original = before.forRole(cell.role()).orElse(null);
    PublicKey existingKey = TrustAnchorCells.key(existing, cell);
    boolean untouched = existingKey != null && existingKey.equals(TrustAnchorCells.key(original, cell));
    Eui64 existingSubject = existingKey == null ? TrustAnchorCells.NO_SUBJECT
        : untouched ? original.party() : existing.party();
    KeyIdentifier existingId = existingKey == null ? KeyIdentifiers.NONE : KeyIdentifiers.of(existingKey);
    TrustAnchorStatus status = CommonFaults.cell(device, cell);
    SmkiCertificate certificate = null;
    if (status == null) {
      CertificationPathValidation.Outcome checked = CertificationPathValidation.check(
          device, r.certificate(), cell, request.certificationPath(), timeChecks, now);
      status = checked.status();
      certificate = checked.certificate();
    }
    if (status != TrustAnchorStatus.SUCCESS) {
      return new ReplacementOutcome(cell, status, existingSubject, existingId, existingSubject, existingId);
    }
    Eui64 subject = cell.role() == RemotePartyRole.ROOT
        ? TrustAnchorCells.NO_SUBJECT : certificate.subjectEui().orElseThrow();
    device.replaceAnchor(TrustAnchorCells.replaced(existing, cell, subject, certificate.publicKey()));
    return new ReplacementOutcome(cell, status, existingSubject, existingId, subject,
        KeyIdentifiers.of(certificate.publicKey()));
  }

  private static boolean allSucceeded(ExecutionOutcome outcome) {
    for (ReplacementOutcome o : outcome.replacementOutcomes()) {
      if (o.status() != TrustAnchorStatus.SUCCESS) {
        return false;
      }
    }
    return true;
  }

  private byte[] respond(EmulatedDevice device, VerifiedCommand command, UpdateSecurityCredentials.Response response,
      DeviceServices services) {
    return device.respond(command, response.toDer(), DerCommands.now(device, services), true, services);
  }

  private int alertMessageCode() {
    return mode == CredentialsReplacementMode.LOAD_CONTROLLER_BY_LOAD_CONTROLLER
        || mode == CredentialsReplacementMode.LOAD_CONTROLLER_BY_SUPPLIER ? CS02G_ALERT : CS02B_ALERT;
  }

  /** The role whose anchor authorises commands in a mode. */
  static RemotePartyRole authorisingRole(CredentialsReplacementMode mode) {
    return switch (mode) {
      case SUPPLIER_BY_SUPPLIER, LOAD_CONTROLLER_BY_SUPPLIER -> RemotePartyRole.SUPPLIER;
      case NETWORK_OPERATOR_BY_NETWORK_OPERATOR -> RemotePartyRole.NETWORK_OPERATOR;
      case ACCESS_CONTROL_BROKER_BY_ACB -> RemotePartyRole.ACCESS_CONTROL_BROKER;
      case WAN_PROVIDER_BY_WAN_PROVIDER -> RemotePartyRole.WAN_PROVIDER;
      case TRANSITIONAL_COS_BY_TRANSITIONAL_COS, SUPPLIER_BY_TRANSITIONAL_COS -> RemotePartyRole.TRANSITIONAL_COS;
      case ANY_EXCEPT_ABNORMAL_ROOT_BY_RECOVERY -> RemotePartyRole.RECOVERY;
      case ANY_BY_CONTINGENCY -> RemotePartyRole.ROOT;
      case LOAD_CONTROLLER_BY_LOAD_CONTROLLER -> RemotePartyRole.LOAD_CONTROLLER;
    };
  }

  /** The role whose credentials a mode replaces, to which its new floor sequence number applies. */
  static RemotePartyRole newRemoteParty(CredentialsReplacementMode mode) {
    return switch (mode) {
      case SUPPLIER_BY_SUPPLIER, SUPPLIER_BY_TRANSITIONAL_COS -> RemotePartyRole.SUPPLIER;
      case NETWORK_OPERATOR_BY_NETWORK_OPERATOR -> RemotePartyRole.NETWORK_OPERATOR;
      case ACCESS_CONTROL_BROKER_BY_ACB -> RemotePartyRole.ACCESS_CONTROL_BROKER;
      case WAN_PROVIDER_BY_WAN_PROVIDER -> RemotePartyRole.WAN_PROVIDER;
      case TRANSITIONAL_COS_BY_TRANSITIONAL_COS -> RemotePartyRole.TRANSITIONAL_COS;
      case ANY_EXCEPT_ABNORMAL_ROOT_BY_RECOVERY -> RemotePartyRole.RECOVERY;
      case ANY_BY_CONTINGENCY -> RemotePartyRole.ROOT;
      case LOAD_CONTROLLER_BY_LOAD_CONTROLLER, LOAD_CONTROLLER_BY_SUPPLIER -> RemotePartyRole.LOAD_CONTROLLER;
    };
  }

  private static boolean mayReplace(CredentialsReplacementMode mode, RemotePartyRole target) {
    return switch (mode) {
      case ANY_EXCEPT_ABNORMAL_ROOT_BY_RECOVERY -> target != RemotePartyRole.ROOT;
      case ANY_BY_CONTINGENCY -> true;
      default -> target == newRemoteParty(mode);
    };
  }
}

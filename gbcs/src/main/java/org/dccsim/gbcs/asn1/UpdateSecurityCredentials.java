package org.dccsim.gbcs.asn1;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * CS02b / CS02g Update Security Credentials (message codes 0x0102–0x0109, 0x0125, 0x0126; future
 * dated outcome alerts 0x00CB, 0x0124): a remote party replaces trust anchors on a device, with
 * the certificates of their certification path and the new anti-replay counter floors.
 */
public final class UpdateSecurityCredentials {

  private static final long MAX_SEQ = Long.MAX_VALUE;

  private UpdateSecurityCredentials() {}

  /** The command; a future-dated one carries the execution date-time (99991231235959Z cancels). */
  public record Command(
      AuthorisingRemotePartyControl control,
      List<TrustAnchorReplacement> replacements,
      List<EncodedCertificate> certificationPath,
      Optional<Instant> executionDateTime)
      implements DerPayload {

    public Command {
      Objects.requireNonNull(control);
      replacements = List.copyOf(replacements);
      certificationPath = List.copyOf(certificationPath);
      Objects.requireNonNull(executionDateTime);
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> {
        AuthorisingRemotePartyControl control =
            AuthorisingRemotePartyControl.read(s.next("authorisingRemotePartyControl"));
        List<TrustAnchorReplacement> replacements =
            s.next("replacements").sequenceOf(TrustAnchorReplacement::read);
        List<EncodedCertificate> path = s.next("certificationPathCertificates").sequenceOf(DerElement::certificate);
        Optional<DerElement> time = s.optional("executionDateTime", DerElement::isGeneralizedTime);
        return new Command(control, replacements, path,
            time.isPresent() ? Optional.of(time.get().generalizedTime()) : Optional.empty());
      });
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      ASN1EncodableVector v = new ASN1EncodableVector(4);
      v.add(control.toAsn1());
      v.add(Der.sequenceOf(replacements, TrustAnchorReplacement::toAsn1));
      v.add(Der.sequenceOf(certificationPath, EncodedCertificate::toAsn1));
      executionDateTime.ifPresent(t -> v.add(Der.time(t)));
      return Der.encode(form, Der.sequence(v));
    }
  }

  /** Whether Certification Path Validation on the device checks certificate validity times. */
  public enum TimeBasedCpvChecks {
    APPLY,
    DISAPPLY;

    static TimeBasedCpvChecks ofCode(int code) {
      return code == 0 ? APPLY : code == 1 ? DISAPPLY : null;
    }
  }

  /** What the authorising remote party is, and the counters the command sets. */
  public record AuthorisingRemotePartyControl(
      CredentialsReplacementMode mode,
      Optional<ByteSlice> plaintextSymmetricKey,
      Optional<TimeBasedCpvChecks> timeBasedCpvChecks,
      Optional<TrustAnchorCellIdentifier> authorisingRemotePartyCell,
      long authorisingRemotePartySeqNumber,
      OptionalLong newRemotePartyFloorSeqNumber,
      Optional<List<SpecialistSeqNumber>> newRemotePartySpecialistFloorSeqNumbers,
      Optional<List<RemotePartySeqNumberChange>> otherRemotePartySeqNumberChanges) {

    public AuthorisingRemotePartyControl {
      Objects.requireNonNull(mode);
      Objects.requireNonNull(plaintextSymmetricKey);
      Objects.requireNonNull(timeBasedCpvChecks);
      Objects.requireNonNull(authorisingRemotePartyCell);
      Objects.requireNonNull(newRemotePartyFloorSeqNumber);
      newRemotePartySpecialistFloorSeqNumbers = newRemotePartySpecialistFloorSeqNumbers.map(List::copyOf);
      otherRemotePartySeqNumberChanges = otherRemotePartySeqNumberChanges.map(List::copyOf);
      requireSeq(authorisingRemotePartySeqNumber);
      newRemotePartyFloorSeqNumber.ifPresent(UpdateSecurityCredentials::requireSeq);
    }

    static AuthorisingRemotePartyControl read(DerElement e) throws GbcsCodecException {
      DerSequence s = e.sequence();
      CredentialsReplacementMode mode = s.next("credentialsReplacementMode")
          .integerCode(CredentialsReplacementMode::ofCode, "credentials replacement mode");
      Optional<DerElement> key = s.optional("plaintextSymmetricKey", x -> x.isContext(0));
      Optional<DerElement> cpv = s.optional("applyTimeBasedCPVChecks", x -> x.isContext(1));
      Optional<DerElement> cell = s.optional("authorisingRemotePartyTACellIdentifier", x -> x.isContext(2));
      long seq = s.next("authorisingRemotePartySeqNumber").implicitInteger(3, 0, MAX_SEQ);
      Optional<DerElement> floor = s.optional("newRemotePartyFloorSeqNumber", x -> x.isContext(4));
      Optional<DerElement> specialist =
          s.optional("newRemotePartySpecialistFloorSeqNumber", x -> x.isContext(5));
      Optional<DerElement> others = s.optional("otherRemotePartySeqNumberChanges", x -> x.isContext(6));
      s.end();
      return new AuthorisingRemotePartyControl(
          mode,
          key.isPresent() ? Optional.of(ByteSlice.copyOf(key.get().implicitOctets(0))) : Optional.empty(),
          cpv.isPresent()
              ? Optional.of(cpv.get().implicitIntegerCode(1, TimeBasedCpvChecks::ofCode, "CPV time check"))
              : Optional.empty(),
          cell.isPresent()
              ? Optional.of(TrustAnchorCellIdentifier.read(cell.get().implicitSequence(2)))
              : Optional.empty(),
          seq,
          floor.isPresent() ? OptionalLong.of(floor.get().implicitInteger(4, 0, MAX_SEQ)) : OptionalLong.empty(),
          specialist.isPresent()
              ? Optional.of(specialist.get().implicitSequence(5).elements(SpecialistSeqNumber::read))
              : Optional.empty(),
          others.isPresent()
              ? Optional.of(others.get().implicitSequence(6).elements(RemotePartySeqNumberChange::read))
              : Optional.empty());
    }

    ASN1Encodable toAsn1() {
      ASN1EncodableVector v = new ASN1EncodableVector(8);
      v.add(Der.integer(mode.code()));
      plaintextSymmetricKey.ifPresent(k -> v.add(Der.implicit(0, Der.octets(k))));
      timeBasedCpvChecks.ifPresent(c -> v.add(Der.implicit(1, Der.integer(c.ordinal()))));
      authorisingRemotePartyCell.ifPresent(c -> v.add(Der.implicit(2, Der.sequence(c.components()))));
      v.add(Der.implicit(3, Der.integer(authorisingRemotePartySeqNumber)));
      newRemotePartyFloorSeqNumber.ifPresent(n -> v.add(Der.implicit(4, Der.integer(n))));
      newRemotePartySpecialistFloorSeqNumbers.ifPresent(
          l -> v.add(Der.implicit(5, Der.sequenceOf(l, SpecialistSeqNumber::toAsn1))));
      otherRemotePartySeqNumberChanges.ifPresent(
          l -> v.add(Der.implicit(6, Der.sequenceOf(l, RemotePartySeqNumberChange::toAsn1))));
      return Der.sequence(v);
    }
  }

  /** A certificate to place in a trust anchor cell. */
  public record TrustAnchorReplacement(EncodedCertificate certificate, TrustAnchorCellIdentifier targetCell) {

    public TrustAnchorReplacement {
      Objects.requireNonNull(certificate);
      Objects.requireNonNull(targetCell);
    }

    static TrustAnchorReplacement read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new TrustAnchorReplacement(
          s.next("replacingCertificate").certificate(),
          TrustAnchorCellIdentifier.read(s.next("targetTrustAnchorCell"))));
    }

    ASN1Encodable toAsn1() {
      return Der.sequence(certificate.toAsn1(), targetCell.toAsn1());
    }
  }

  /** What a specialist counter is for: only prepayment top-up (the UTRN counter) so far. */
  public enum SeqNumberUsage {
    PREPAYMENT_TOP_UP
  }

  /** A counter floor for a specialist use of a role's credentials. */
  public record SpecialistSeqNumber(SeqNumberUsage usage, long seqNumber) {

    public SpecialistSeqNumber {
      Objects.requireNonNull(usage);
      requireSeq(seqNumber);
    }

    static SpecialistSeqNumber read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new SpecialistSeqNumber(
          s.next("seqNumberUsage").integerCode(SeqNumberUsage.values(), 0, "sequence number usage"),
          s.next("seqNumber").integer(0, MAX_SEQ)));
    }

    ASN1Encodable toAsn1() {
      return Der.sequence(Der.integer(usage.ordinal()), Der.integer(seqNumber));
    }
  }

  /** New counter floors for a role (and optionally its specialist counters). */
  public record RemotePartySeqNumberChange(
      RemotePartyRole role, long floorSeqNumber, Optional<List<SpecialistSeqNumber>> specialistFloorSeqNumbers) {

    public RemotePartySeqNumberChange {
      Objects.requireNonNull(role);
      RemotePartyRoles.requireGbcs(role);
      requireSeq(floorSeqNumber);
      specialistFloorSeqNumbers = specialistFloorSeqNumbers.map(List::copyOf);
    }

    static RemotePartySeqNumberChange read(DerElement e) throws GbcsCodecException {
      DerSequence s = e.sequence();
      RemotePartyRole role = RemotePartyRoles.read(s.next("remotePartyRole"));
      long floor = s.next("floorSeqNumber").integer(0, MAX_SEQ);
      Optional<DerElement> specialist = s.optional("specialistFloorSeqNumber", DerElement::isSequence);
      s.end();
      return new RemotePartySeqNumberChange(role, floor,
          specialist.isPresent()
              ? Optional.of(specialist.get().sequenceOf(SpecialistSeqNumber::read))
              : Optional.empty());
    }

    ASN1Encodable toAsn1() {
      ASN1EncodableVector v = new ASN1EncodableVector(3);
      v.add(Der.integer(role.code()));
      v.add(Der.integer(floorSeqNumber));
      specialistFloorSeqNumbers.ifPresent(l -> v.add(Der.sequenceOf(l, SpecialistSeqNumber::toAsn1)));
      return Der.sequence(v);
    }
  }

  /**
   * The response: the command accepted and, for one executed at once, its outcome (a future-dated
   * command's outcome comes in the {@link Alert}).
   */
  public record Response(Optional<ExecutionOutcome> outcome) implements DerPayload {

    public Response {
      Objects.requireNonNull(outcome);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      DerSequence s = e.sequence();
      s.next("commandAccepted").nullValue();
      Optional<DerElement> outcome = s.optional("executionOutcome", DerElement::isSequence);
      s.end();
      return new Response(outcome.isPresent() ? Optional.of(ExecutionOutcome.read(outcome.get())) : Optional.empty());
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      ASN1EncodableVector v = new ASN1EncodableVector(2);
      v.add(Der.nullValue());
      outcome.ifPresent(o -> v.add(o.toAsn1()));
      return Der.encode(form, Der.sequence(v));
    }
  }

  /** The outcome of a future-dated command, when it executed. */
  public record Alert(int alertCode, Instant executionDateTime, ExecutionOutcome outcome) implements DerAlert {

    public Alert {
      Der.requireAlertCode(alertCode);
      Objects.requireNonNull(executionDateTime);
      Objects.requireNonNull(outcome);
    }

    static Alert read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new Alert(s.next("alertCode").alertCode(), s.next("executionDateTime").generalizedTime(),
          ExecutionOutcome.read(s.next("executionOutcome"))));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.integer(alertCode), Der.time(executionDateTime), outcome.toAsn1()));
    }
  }

  /** What the command did: counters now in force and one outcome per replaced cell. */
  public record ExecutionOutcome(
      long authorisingRemotePartySeqNumber,
      CredentialsReplacementMode mode,
      List<RemotePartySeqNumberChange> seqNumberChanges,
      List<ReplacementOutcome> replacementOutcomes) {

    public ExecutionOutcome {
      requireSeq(authorisingRemotePartySeqNumber);
      Objects.requireNonNull(mode);
      seqNumberChanges = List.copyOf(seqNumberChanges);
      replacementOutcomes = List.copyOf(replacementOutcomes);
    }

    static ExecutionOutcome read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new ExecutionOutcome(
          s.next("authorisingRemotePartySeqNumber").integer(0, MAX_SEQ),
          s.next("credentialsReplacementMode")
              .integerCode(CredentialsReplacementMode::ofCode, "credentials replacement mode"),
          s.next("remotePartySeqNumberChanges").sequenceOf(RemotePartySeqNumberChange::read),
          s.next("replacementOutcomes").sequenceOf(ReplacementOutcome::read)));
    }

    ASN1Encodable toAsn1() {
      return Der.sequence(Der.integer(authorisingRemotePartySeqNumber), Der.integer(mode.code()),
          Der.sequenceOf(seqNumberChanges, RemotePartySeqNumberChange::toAsn1),
          Der.sequenceOf(replacementOutcomes, ReplacementOutcome::toAsn1));
    }
  }

  /** One replaced cell: its status and the subject of the certificate before and after. */
  public record ReplacementOutcome(
      TrustAnchorCellIdentifier affectedCell,
      TrustAnchorStatus status,
      Eui64 existingSubjectUniqueId,
      KeyIdentifier existingSubjectKeyIdentifier,
      Eui64 replacingSubjectUniqueId,
      KeyIdentifier replacingSubjectKeyIdentifier) {

    public ReplacementOutcome {
      Objects.requireNonNull(affectedCell);
      Objects.requireNonNull(status);
      Objects.requireNonNull(existingSubjectUniqueId);
      Objects.requireNonNull(existingSubjectKeyIdentifier);
      Objects.requireNonNull(replacingSubjectUniqueId);
      Objects.requireNonNull(replacingSubjectKeyIdentifier);
    }

    static ReplacementOutcome read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new ReplacementOutcome(
          TrustAnchorCellIdentifier.read(s.next("affectedTrustAnchorCell")),
          s.next("statusCode").enumeratedCode(TrustAnchorStatus::ofCode, "status code"),
          s.next("existingSubjectUniqueID").eui64(),
          KeyIdentifier.read(s.next("existingSubjectKeyIdentifier")),
          s.next("replacingSubjectUniqueID").eui64(),
          KeyIdentifier.read(s.next("replacingSubjectKeyIdentifier"))));
    }

    ASN1Encodable toAsn1() {
      return Der.sequence(affectedCell.toAsn1(), Der.enumerated(status.code()),
          Der.eui64(existingSubjectUniqueId), Der.octets(existingSubjectKeyIdentifier.value()),
          Der.eui64(replacingSubjectUniqueId), Der.octets(replacingSubjectKeyIdentifier.value()));
    }
  }

  private static void requireSeq(long seqNumber) {
    if (seqNumber < 0) {
      throw new IllegalArgumentException("a sequence number is 0..2^63-1, not " + seqNumber);
    }
  }
}

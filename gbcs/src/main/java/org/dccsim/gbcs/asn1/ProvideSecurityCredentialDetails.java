package org.dccsim.gbcs.asn1;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * CS02a / CS02f Provide Security Credential Details (message codes 0x0008, 0x011B): which trust
 * anchors a device holds for the requested remote party roles, and its anti-replay counters.
 */
public final class ProvideSecurityCredentialDetails {

  private ProvideSecurityCredentialDetails() {}

  /** The command: the requester's own cell, and the roles whose credentials it asks about. */
  public record Command(
      TrustAnchorCellIdentifier authorisingRemotePartyCell, List<RemotePartyRole> rolesRequired)
      implements DerPayload {

    public Command {
      Objects.requireNonNull(authorisingRemotePartyCell);
      rolesRequired = List.copyOf(rolesRequired);
      rolesRequired.forEach(RemotePartyRoles::requireGbcs);
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new Command(
          TrustAnchorCellIdentifier.read(s.next("authorisingRemotePartyTACellIdentifier")),
          s.next("remotePartyRolesCredentialsRequired").sequenceOf(RemotePartyRoles::read)));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(authorisingRemotePartyCell.toAsn1(),
          Der.sequenceOf(rolesRequired, r -> Der.integer(r.code()))));
    }
  }

  /** The response: one entry per role asked about. */
  public record Response(List<RemotePartyDetails> details) implements DerPayload {

    public Response {
      details = List.copyOf(details);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return new Response(e.sequenceOf(RemotePartyDetails::read));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequenceOf(details, RemotePartyDetails::toAsn1));
    }
  }

  /**
   * What the device holds for one role: a status, and (when it has any) the role's current
   * counter and the contents of its trust anchor cells.
   */
  public record RemotePartyDetails(
      RemotePartyRole role,
      TrustAnchorStatus status,
      OptionalLong currentSeqNumber,
      Optional<List<TrustAnchorCellContents>> cells) {

    public RemotePartyDetails {
      Objects.requireNonNull(role);
      Objects.requireNonNull(status);
      Objects.requireNonNull(currentSeqNumber);
      cells = cells.map(List::copyOf);
      RemotePartyRoles.requireGbcs(role);
      if (currentSeqNumber.isPresent() && currentSeqNumber.getAsLong() < 0) {
        throw new IllegalArgumentException("a sequence number is 0..2^63-1");
      }
    }

    static RemotePartyDetails read(DerElement e) throws GbcsCodecException {
      DerSequence s = e.sequence();
      RemotePartyRole role = RemotePartyRoles.read(s.next("remotePartyRole"));
      TrustAnchorStatus status = s.next("statusCode").enumeratedCode(TrustAnchorStatus::ofCode, "status code");
      Optional<DerElement> seq = s.optional("currentSeqNumber", DerElement::isInteger);
      OptionalLong current = seq.isPresent()
          ? OptionalLong.of(seq.get().integer(0, Long.MAX_VALUE)) : OptionalLong.empty();
      Optional<DerElement> cellList = s.optional("trustAnchorCellDetails", DerElement::isSequence);
      Optional<List<TrustAnchorCellContents>> cells = cellList.isPresent()
          ? Optional.of(cellList.get().sequenceOf(TrustAnchorCellContents::read)) : Optional.empty();
      s.end();
      return new RemotePartyDetails(role, status, current, cells);
    }

    ASN1Encodable toAsn1() {
      ASN1EncodableVector v = new ASN1EncodableVector(4);
      v.add(Der.integer(role.code()));
      v.add(Der.enumerated(status.code()));
      currentSeqNumber.ifPresent(n -> v.add(Der.integer(n)));
      cells.ifPresent(list -> v.add(Der.sequenceOf(list, TrustAnchorCellContents::toAsn1)));
      return Der.sequence(v);
    }
  }

  /** One trust anchor cell as the device reports it: usages and the certificate it came from. */
  public record TrustAnchorCellContents(
      CertificateKeyUsage keyUsage, CellUsage cellUsage, Eui64 subjectUniqueId, KeyIdentifier subjectKeyIdentifier) {

    public TrustAnchorCellContents {
      Objects.requireNonNull(keyUsage);
      Objects.requireNonNull(cellUsage);
      Objects.requireNonNull(subjectUniqueId);
      Objects.requireNonNull(subjectKeyIdentifier);
    }

    static TrustAnchorCellContents read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> {
        CertificateKeyUsage usage = s.next("keyUsage").keyUsage();
        CellUsage cell = TrustAnchorCellIdentifier.readCellUsage(s);
        return new TrustAnchorCellContents(usage, cell,
            s.next("subjectUniqueID").eui64(), KeyIdentifier.read(s.next("subjectKeyIdentifier")));
      });
    }

    ASN1Encodable toAsn1() {
      ASN1EncodableVector v = new ASN1EncodableVector(4);
      v.add(Der.keyUsage(keyUsage));
      TrustAnchorCellIdentifier.writeCellUsage(v, cellUsage);
      v.add(Der.eui64(subjectUniqueId));
      v.add(Der.octets(subjectKeyIdentifier.value()));
      return Der.sequence(v);
    }
  }
}

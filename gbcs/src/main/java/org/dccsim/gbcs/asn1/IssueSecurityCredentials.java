package org.dccsim.gbcs.asn1;

import java.util.Objects;
import java.util.Optional;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * CS02c Issue Security Credentials (message code 0x000A): the device generates a key pair of the
 * given usage and answers with a certification request for it, or a failure code.
 */
public final class IssueSecurityCredentials {

  private IssueSecurityCredentials() {}

  public record Command(CertificateKeyUsage keyUsage) implements DerPayload {

    public Command {
      Objects.requireNonNull(keyUsage);
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new Command(s.next("keyUsage").keyUsage()));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.keyUsage(keyUsage)));
    }
  }

  /** Why the device issued no certification request. */
  public enum Failure {
    INVALID_KEY_USAGE,
    KEY_PAIR_GENERATION_FAILED,
    CR_PRODUCTION_FAILED;

    /** GBCS numbers the failures from 1. */
    public int code() {
      return ordinal() + 1;
    }
  }

  /** Either the certification request (CHOICE certificationRequest) or the failure code. */
  public record Response(Optional<EncodedCertificationRequest> certificationRequest, Optional<Failure> failure)
      implements DerPayload {

    public Response {
      Objects.requireNonNull(certificationRequest);
      Objects.requireNonNull(failure);
      if (certificationRequest.isPresent() == failure.isPresent()) {
        throw new IllegalArgumentException("a certification request or a failure, not both or neither");
      }
    }

    public static Response issued(EncodedCertificationRequest request) {
      return new Response(Optional.of(request), Optional.empty());
    }

    public static Response failed(Failure failure) {
      return new Response(Optional.empty(), Optional.of(failure));
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return e.isSequence()
          ? issued(e.certificationRequest())
          : failed(e.integerCode(Failure.values(), 1, "issue security credentials response code"));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return certificationRequest.isPresent()
          ? certificationRequest.get().der().toByteArray()
          : Der.encode(form, Der.integer(failure.get().code()));
    }
  }
}

package org.dccsim.gbcs.asn1;

import java.util.Objects;
import java.util.Optional;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * CS02e Provide Device Certificate from Device (message code 0x000C): the device's certificate of
 * the given key usage, or a failure code.
 */
public final class ProvideDeviceCertificate {

  private ProvideDeviceCertificate() {}

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

  /** Why the device returned no certificate. */
  public enum Failure {
    INVALID_KEY_USAGE,
    NO_CERTIFICATE_HELD,
    CERTIFICATE_RETRIEVAL_FAILURE;

    /** GBCS numbers the failures from 1. */
    public int code() {
      return ordinal() + 1;
    }
  }

  /** Either the certificate (CHOICE certificate) or the failure code. */
  public record Response(Optional<EncodedCertificate> certificate, Optional<Failure> failure) implements DerPayload {

    public Response {
      Objects.requireNonNull(certificate);
      Objects.requireNonNull(failure);
      if (certificate.isPresent() == failure.isPresent()) {
        throw new IllegalArgumentException("a certificate or a failure, not both or neither");
      }
    }

    public static Response provided(EncodedCertificate certificate) {
      return new Response(Optional.of(certificate), Optional.empty());
    }

    public static Response failed(Failure failure) {
      return new Response(Optional.empty(), Optional.of(failure));
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return e.isSequence()
          ? provided(e.certificate())
          : failed(e.integerCode(Failure.values(), 1, "provide device certificate response code"));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return certificate.isPresent()
          ? certificate.get().der().toByteArray()
          : Der.encode(form, Der.integer(failure.get().code()));
    }
  }
}

package org.dccsim.gbcs.asn1;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * CS06 Activate Firmware (message code 0x0012; future-dated outcome alert 0x00CA): activate the
 * firmware image with this hash, now or at the execution date-time. The command repeats the
 * originator counter of its grouping header.
 */
public final class ActivateFirmware {

  private ActivateFirmware() {}

  public record Command(ByteSlice manufacturerImageHash, long originatorCounter, Optional<Instant> executionDateTime)
      implements DerPayload {

    public Command {
      Objects.requireNonNull(manufacturerImageHash);
      Objects.requireNonNull(executionDateTime);
      if (originatorCounter < 0) {
        throw new IllegalArgumentException("the originator counter is 0..2^63-1");
      }
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> {
        ByteSlice hash = ByteSlice.copyOf(s.next("manufacturerImageHash").octets());
        long counter = s.next("originatorCounter").integer(0, Long.MAX_VALUE);
        Optional<DerElement> time = s.optional("executionDateTime", DerElement::isGeneralizedTime);
        return new Command(hash, counter,
            time.isPresent() ? Optional.of(time.get().generalizedTime()) : Optional.empty());
      });
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      ASN1EncodableVector v = new ASN1EncodableVector(3);
      v.add(Der.octets(manufacturerImageHash));
      v.add(Der.integer(originatorCounter));
      executionDateTime.ifPresent(t -> v.add(Der.time(t)));
      return Der.encode(form, Der.sequence(v));
    }
  }

  public enum ResponseCode {
    SUCCESS,
    NO_IMAGE_HELD,
    HASH_MISMATCH,
    ACTIVATION_FAILURE;

    public int code() {
      return ordinal();
    }
  }

  /** Whether the image was activated, and the firmware version the device now runs. */
  public record ExecutionOutcome(ResponseCode code, ByteSlice firmwareVersion) {

    public ExecutionOutcome {
      Objects.requireNonNull(code);
      Objects.requireNonNull(firmwareVersion);
    }

    static ExecutionOutcome read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new ExecutionOutcome(
          s.next("activateImageResponseCode").integerCode(ResponseCode.values(), 0, "activate image response code"),
          ByteSlice.copyOf(s.next("firmwareVersion").octets())));
    }

    ASN1Encodable toAsn1() {
      return Der.sequence(Der.integer(code.code()), Der.octets(firmwareVersion));
    }
  }

  /**
   * The response: a CHOICE of commandAccepted (NULL, for a future-dated command: the outcome comes
   * in the {@link Alert}) and the execution outcome.
   */
  public record Response(Optional<ExecutionOutcome> outcome) implements DerPayload {

    public Response {
      Objects.requireNonNull(outcome);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      if (e.isNull()) {
        return new Response(Optional.empty());
      }
      return new Response(Optional.of(ExecutionOutcome.read(e)));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, outcome.isPresent() ? outcome.get().toAsn1() : Der.nullValue());
    }
  }

  public record Alert(int alertCode, Instant executionDateTime, long originatorCounter, ExecutionOutcome outcome)
      implements DerAlert {

    public Alert {
      Der.requireAlertCode(alertCode);
      Objects.requireNonNull(executionDateTime);
      Objects.requireNonNull(outcome);
      if (originatorCounter < 0) {
        throw new IllegalArgumentException("the originator counter is 0..2^63-1");
      }
    }

    static Alert read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new Alert(s.next("alertCode").alertCode(), s.next("executionDateTime").generalizedTime(),
          s.next("originatorCounter").integer(0, Long.MAX_VALUE), ExecutionOutcome.read(s.next("executionOutcome"))));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.integer(alertCode), Der.time(executionDateTime),
          Der.integer(originatorCounter), outcome.toAsn1()));
    }
  }
}

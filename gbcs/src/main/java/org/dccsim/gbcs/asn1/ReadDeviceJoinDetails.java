package org.dccsim.gbcs.asn1;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * CS07 Read Device Join Details (message code 0x0013): a device's device log. The command has no
 * content (NULL).
 */
public final class ReadDeviceJoinDetails {

  private ReadDeviceJoinDetails() {}

  public record Command() implements DerPayload {

    static Command read(DerElement e) throws GbcsCodecException {
      e.nullValue();
      return new Command();
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.nullValue());
    }
  }

  public record Response(ReadOutcome code, Optional<List<DeviceLogEntry>> entries) implements DerPayload {

    public Response {
      Objects.requireNonNull(code);
      entries = entries.map(List::copyOf);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> {
        ReadOutcome code = s.next("responseCode").integerCode(ReadOutcome.values(), 0, "read response code");
        Optional<DerElement> log = s.optional("deviceLogEntries", DerElement::isSequence);
        return new Response(code,
            log.isPresent() ? Optional.of(log.get().sequenceOf(DeviceLogEntry::read)) : Optional.empty());
      });
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      ASN1EncodableVector v = new ASN1EncodableVector(2);
      v.add(Der.integer(code.code()));
      entries.ifPresent(l -> v.add(Der.sequenceOf(l, DeviceLogEntry::toAsn1)));
      return Der.encode(form, Der.sequence(v));
    }
  }
}

package org.dccsim.gbcs.asn1;

import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;

/**
 * CS03 Join Device (message codes 0x000D A1, 0x00AB A2, 0x000E B, 0x00AF C): add another device
 * to this device's device log, so that the two may communicate; the key-agreement certificate of
 * the other device travels with the command only for a GSME–PPMID join (method C).
 */
public final class JoinDevice {

  private JoinDevice() {}

  /** How the join proceeds and this device's part in it. */
  public enum Method {
    METHOD_A_INITIATOR,
    METHOD_A_RESPONDER,
    METHOD_B,
    METHOD_C;

    public int code() {
      return ordinal();
    }
  }

  public record Command(
      Method method,
      Eui64 otherDeviceId,
      GbcsDeviceType otherDeviceType,
      Optional<EncodedCertificate> otherDeviceKeyAgreementCertificate)
      implements DerPayload {

    public Command {
      Objects.requireNonNull(method);
      Objects.requireNonNull(otherDeviceId);
      Objects.requireNonNull(otherDeviceType);
      Objects.requireNonNull(otherDeviceKeyAgreementCertificate);
    }

    static Command read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> {
        Method method = s.next("joinMethodAndRole").integerCode(Method.values(), 0, "join method and role");
        Eui64 id = s.next("otherDeviceEntityIdentifier").eui64();
        GbcsDeviceType type = s.next("otherDeviceType").integerCode(GbcsDeviceType.values(), 0, "device type");
        Optional<DerElement> certificate = s.optional("otherDeviceKeyAgreementCertificate", DerElement::isSequence);
        return new Command(method, id, type,
            certificate.isPresent() ? Optional.of(certificate.get().certificate()) : Optional.empty());
      });
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      ASN1EncodableVector v = new ASN1EncodableVector(4);
      v.add(Der.integer(method.code()));
      v.add(Der.eui64(otherDeviceId));
      v.add(Der.integer(otherDeviceType.code()));
      otherDeviceKeyAgreementCertificate.ifPresent(c -> v.add(c.toAsn1()));
      return Der.encode(form, Der.sequence(v));
    }
  }

  /** The join response code (also per entry of a GCS59 device log restore). */
  public enum ResponseCode {
    SUCCESS,
    INVALID_MESSAGE_CODE_FOR_JOIN_METHOD_AND_ROLE,
    INVALID_JOIN_METHOD_AND_ROLE,
    INCOMPATIBLE_WITH_EXISTING_ENTRY,
    DEVICE_LOG_FULL,
    WRITE_FAILURE,
    KEY_AGREEMENT_NO_RESOURCES,
    KEY_AGREEMENT_UNKNOWN_ISSUER,
    KEY_AGREEMENT_UNSUPPORTED_SUITE,
    KEY_AGREEMENT_BAD_MESSAGE,
    KEY_AGREEMENT_BAD_KEY_CONFIRM,
    INVALID_OR_MISSING_CERTIFICATE,
    NO_PARTNER_LINK_KEY_RECEIVED,
    NO_CBKE_RESPONSE;

    public int code() {
      return ordinal();
    }
  }

  public record Response(ResponseCode code) implements DerPayload {

    public Response {
      Objects.requireNonNull(code);
    }

    static Response read(DerElement e) throws GbcsCodecException {
      return new Response(e.integerCode(ResponseCode.values(), 0, "join response code"));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.integer(code.code()));
    }
  }
}

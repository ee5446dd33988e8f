package org.dccsim.gbcs.frame;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.smki.Eui64;

/**
 * The other-information field of the grouping header: the 2-byte message code, then, only for
 * messages that involve a supplementary remote party (URP), its EUI-64 and counter, then either a
 * supplementary originator counter or the DER key-agreement certificate of the remote party. The
 * field's length tells which is present: 2, 10, 18, exactly 26 (originator counter) or more than
 * 26 (certificate).
 */
public record OtherInformation(
    int messageCode,
    Optional<Eui64> supplementaryRemotePartyId,
    OptionalLong supplementaryRemotePartyCounter,
    OptionalLong supplementaryOriginatorCounter,
    Optional<ByteSlice> keyAgreementCertificate) {

  public OtherInformation {
    if (messageCode < 0 || messageCode > 0xFFFF) {
      throw new IllegalArgumentException("a message code is 2 bytes, not " + messageCode);
    }
    Objects.requireNonNull(supplementaryRemotePartyId);
    Objects.requireNonNull(supplementaryRemotePartyCounter);
    Objects.requireNonNull(supplementaryOriginatorCounter);
    Objects.requireNonNull(keyAgreementCertificate);
    boolean tail = supplementaryOriginatorCounter.isPresent() || keyAgreementCertificate.isPresent();
    if (supplementaryRemotePartyCounter.isPresent() && supplementaryRemotePartyId.isEmpty()
        || tail && supplementaryRemotePartyCounter.isEmpty()) {
      throw new IllegalArgumentException(
          "other-information fields are cumulative: id, then counter, then originator counter or"
              + " certificate");
    }
    if (supplementaryOriginatorCounter.isPresent() && keyAgreementCertificate.isPresent()) {
      throw new IllegalArgumentException(
          "a supplementary originator counter and a certificate cannot both be present");
    }
    // a certificate of 8 bytes would read back as an originator counter
    if (keyAgreementCertificate.isPresent() && keyAgreementCertificate.get().length() <= 8) {
      throw new IllegalArgumentException("a key-agreement certificate is longer than 8 bytes");
    }
  }

  public static OtherInformation of(int messageCode) {
    return new OtherInformation(
        messageCode, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
  }

  public static OtherInformation withRemoteParty(int messageCode, Eui64 party, long counter) {
    return new OtherInformation(
        messageCode, Optional.of(party), OptionalLong.of(counter), OptionalLong.empty(), Optional.empty());
  }

  /** Bytes of the field's value (without its BER length). */
  public int encodedLength() {
    int n = 2;
    if (supplementaryRemotePartyId.isPresent()) {
      n += 8;
    }
    if (supplementaryRemotePartyCounter.isPresent()) {
      n += 8;
    }
    if (supplementaryOriginatorCounter.isPresent()) {
      n += 8;
    }
    if (keyAgreementCertificate.isPresent()) {
      n += keyAgreementCertificate.get().length();
    }
    return n;
  }

  void writeTo(ByteWriter w) {
    w.berLength(encodedLength()).u16(messageCode);
    supplementaryRemotePartyId.ifPresent(id -> w.u64(id.value()));
    supplementaryRemotePartyCounter.ifPresent(w::u64);
    supplementaryOriginatorCounter.ifPresent(w::u64);
    keyAgreementCertificate.ifPresent(w::bytes);
  }

  static OtherInformation read(ByteReader r) throws GbcsCodecException {
    int at = r.position();
    int length = r.berLength("other-information");
    r.require(length, "other-information");
    if (length < 2 || length > 2 && length != 10 && length != 18 && length < 26) {
      throw new GbcsCodecException(
          at, "other-information of 2, 10, 18, 26 or more than 26 bytes, not " + length);
    }
    int code = r.u16("message code");
    Optional<Eui64> party = Optional.empty();
    OptionalLong partyCounter = OptionalLong.empty();
    OptionalLong originatorCounter = OptionalLong.empty();
    Optional<ByteSlice> certificate = Optional.empty();
    if (length >= 10) {
      party = Optional.of(new Eui64(r.u64("supplementary remote party id")));
    }
    if (length >= 18) {
      partyCounter = OptionalLong.of(r.u64("supplementary remote party counter"));
    }
    if (length == 26) {
      originatorCounter = OptionalLong.of(r.u64("supplementary originator counter"));
    } else if (length > 26) {
      certificate = Optional.of(r.slice(length - 18, "key-agreement certificate"));
    }
    return new OtherInformation(code, party, partyCounter, originatorCounter, certificate);
  }
}

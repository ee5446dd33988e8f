package org.dccsim.gbcs.frame;

import java.util.Objects;
import java.util.Optional;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.smki.Eui64;

/**
 * The grouping header of a General-Signing APDU, without the content length: transaction id (CRA
 * flag and the originator's 8-byte counter, an unsigned 64-bit value), originator and recipient
 * system titles, optional date-time and other-information.
 */
public record GroupingHeader(
    CraFlag cra,
    long originatorCounter,
    Eui64 originator,
    Eui64 recipient,
    Optional<CosemDateTime> dateTime,
    OtherInformation otherInformation) {

  public GroupingHeader {
    Objects.requireNonNull(cra, "cra");
    Objects.requireNonNull(originator, "originator");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(otherInformation, "otherInformation");
  }

  /** A header without date-time or supplementary fields, the common case. */
  public static GroupingHeader of(
      CraFlag cra, long counter, Eui64 originator, Eui64 recipient, int messageCode) {
    return new GroupingHeader(
        cra, counter, originator, recipient, Optional.empty(), OtherInformation.of(messageCode));
  }

  public int messageCode() {
    return otherInformation.messageCode();
  }

  /**
   * The header a device answers with: CRA flag Response, the command's counter, the titles
   * swapped, the same other-information less any remote party certificate, and the given date-time.
   */
  public GroupingHeader response(Optional<CosemDateTime> responseDateTime) {
    OtherInformation o = otherInformation;
    // the remote party's certificate is for the device to encrypt with; no response carries it (RTDS)
    OtherInformation answered = o.keyAgreementCertificate().isEmpty() ? o
        : new OtherInformation(o.messageCode(), o.supplementaryRemotePartyId(), o.supplementaryRemotePartyCounter(),
            o.supplementaryOriginatorCounter(), Optional.empty());
    return new GroupingHeader(CraFlag.RESPONSE, originatorCounter, recipient, originator, responseDateTime, answered);
  }

  /** Bytes from the 09 of the transaction id up to, not including, the content length. */
  int encodedLength() {
    int oi = otherInformation.encodedLength();
    return 10 + 9 + 9 + (dateTime.isPresent() ? 13 : 1) + ByteWriter.berLengthSize(oi) + oi;
  }

  void writeTo(ByteWriter w) {
    w.u8(9).u8(cra.code()).u64(originatorCounter);
    w.u8(8).u64(originator.value());
    w.u8(8).u64(recipient.value());
    if (dateTime.isPresent()) {
      w.u8(CosemDateTime.LENGTH).bytes(dateTime.get().toByteArray());
    } else {
      w.u8(0);
    }
    otherInformation.writeTo(w);
  }

  static GroupingHeader read(ByteReader r) throws GbcsCodecException {
    r.expect(9, "transaction-id length");
    int at = r.position();
    CraFlag cra = CraFlag.ofCode(r.u8("CRA flag"));
    if (cra == null) {
      throw new GbcsCodecException(at, "CRA flag 01 (command), 02 (response) or 03 (alert)");
    }
    long counter = r.u64("originator counter");
    r.expect(8, "originator system title length");
    Eui64 originator = new Eui64(r.u64("originator system title"));
    r.expect(8, "recipient system title length");
    Eui64 recipient = new Eui64(r.u64("recipient system title"));
    at = r.position();
    int dateTimeLength = r.u8("date-time length");
    Optional<CosemDateTime> dateTime;
    if (dateTimeLength == 0) {
      dateTime = Optional.empty();
    } else if (dateTimeLength == CosemDateTime.LENGTH) {
      r.require(CosemDateTime.LENGTH, "date-time");
      dateTime = Optional.of(CosemDateTime.of(r.array(), r.position()));
      r.slice(CosemDateTime.LENGTH, "date-time");
    } else {
      throw new GbcsCodecException(at, "date-time length 00 or 0C");
    }
    OtherInformation oi = OtherInformation.read(r);
    return new GroupingHeader(cra, counter, originator, recipient, dateTime, oi);
  }
}

package org.dccsim.gbcs.asn1;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;

/**
 * One element of a DER payload being decoded, as BouncyCastle parsed it, with its path in the
 * GBCS structure ("UpdateSecurityCredentials.Command.replacements[1].targetTrustAnchorCell") and
 * its place in the payload, so that a refusal names the field at fault and its offset. An
 * element's offset is computed, when a refusal needs it, from the encoded lengths of what
 * precedes it.
 */
final class DerElement {

  private final ASN1Primitive value;
  private final String path;
  private final DerSequence parent;
  private final int index;
  private final int rootOffset;
  private final DerLengthForm form;

  private DerElement(
      ASN1Primitive value, String path, DerSequence parent, int index, int rootOffset, DerLengthForm form) {
    this.value = value;
    this.path = path;
    this.parent = parent;
    this.index = index;
    this.rootOffset = rootOffset;
    this.form = form;
  }

  /**
   * Parses a payload: one ASN.1 element filling it. Whether it is in a {@link DerLengthForm} GBCS
   * uses is settled after decoding, by encoding the decoded structure again and comparing ({@link
   * DerPayloadCodec}), since only the structure knows which parts are signed objects.
   */
  static DerElement parse(ByteSlice payload, String name) throws GbcsCodecException {
    ASN1Primitive value;
    try (ASN1InputStream in = new ASN1InputStream(
        new ByteArrayInputStream(payload.array(), payload.offset(), payload.length()), payload.length())) {
      value = in.readObject();
    } catch (IOException | RuntimeException e) {
      // BouncyCastle reports malformed input as IOException or as one of several runtime exceptions
      throw new GbcsCodecException(payload.offset(), name + ": well-formed ASN.1 (" + e.getMessage() + ")");
    }
    if (value == null) {
      throw new GbcsCodecException(payload.offset(), name + ": an ASN.1 element");
    }
    DerLengthForm form =
        payload.contentEquals(encoded(value)) ? DerLengthForm.DER : DerLengthForm.TWO_BYTE_LONG_LENGTHS;
    return new DerElement(value, name, null, 0, payload.offset(), form);
  }

  static DerElement child(ASN1Primitive value, String path, DerSequence parent, int index) {
    return new DerElement(value, path, parent, index, 0, parent.form());
  }

  /** The length form the payload seems to use (exact for DER; see {@link #parse}). */
  DerLengthForm form() {
    return form;
  }

  /** Bytes this element takes in the payload, for offsets in refusals. */
  int encodedLength() {
    return Der.encode(form, value).length;
  }

  String path() {
    return path;
  }

  /** The offset of this element's first byte, in the array the payload came from. */
  int offset() {
    return parent == null ? rootOffset : parent.offsetOfChild(index);
  }

  GbcsCodecException error(String expected) {
    return new GbcsCodecException(offset(), path + ": " + expected);
  }

  // ---------------------------------------------------------------- what it is

  boolean isSequence() {
    return value instanceof ASN1Sequence;
  }

  boolean isInteger() {
    return value instanceof ASN1Integer;
  }

  boolean isNull() {
    return value instanceof ASN1Null;
  }

  boolean isGeneralizedTime() {
    return value instanceof ASN1GeneralizedTime;
  }

  /** Whether this is a context-specific [tagNo] element (GBCS uses IMPLICIT tags). */
  boolean isContext(int tagNo) {
    return value instanceof ASN1TaggedObject t
        && t.getTagClass() == BERTags.CONTEXT_SPECIFIC
        && t.getTagNo() == tagNo;
  }

  // ---------------------------------------------------------------- reading it

  DerSequence sequence() throws GbcsCodecException {
    if (!(value instanceof ASN1Sequence s)) {
      throw error("a SEQUENCE");
    }
    return new DerSequence(this, s);
  }

  /** A SEQUENCE whose components {@code reader} reads, up to its end (no component may follow). */
  <T> T sequence(DerSequence.ComponentsReader<T> reader) throws GbcsCodecException {
    DerSequence s = sequence();
    T value = reader.read(s);
    s.end();
    return value;
  }

  /** A SEQUENCE OF: its elements, each read by {@code reader}. */
  <T> List<T> sequenceOf(DerSequence.ElementReader<T> reader) throws GbcsCodecException {
    return sequence().elements(reader);
  }

  /** A [tagNo] IMPLICIT SEQUENCE (or SEQUENCE OF). */
  DerSequence implicitSequence(int tagNo) throws GbcsCodecException {
    ASN1TaggedObject tagged = context(tagNo);
    try {
      return new DerSequence(this, ASN1Sequence.getInstance(tagged, false));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error("[" + tagNo + "] IMPLICIT SEQUENCE");
    }
  }

  long integer(long min, long max) throws GbcsCodecException {
    if (!(value instanceof ASN1Integer i)) {
      throw error("an INTEGER");
    }
    return inRange(i.getValue(), min, max);
  }

  int integer(int min, int max) throws GbcsCodecException {
    return (int) integer((long) min, max);
  }

  /** A [tagNo] IMPLICIT INTEGER. */
  long implicitInteger(int tagNo, long min, long max) throws GbcsCodecException {
    ASN1TaggedObject tagged = context(tagNo);
    try {
      return inRange(ASN1Integer.getInstance(tagged, false).getValue(), min, max);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error("[" + tagNo + "] IMPLICIT INTEGER");
    }
  }

  /** An INTEGER whose value names a member of {@code codes} (a lookup returning null if unknown). */
  <T> T integerCode(IntFunction<T> codes, String what) throws GbcsCodecException {
    return known(integer(0, Integer.MAX_VALUE), codes, what);
  }

  /**
   * An INTEGER naming one of {@code members} by its position: GBCS numbers these enumerations in
   * the order of their ASN.1 from {@code first} (0, or 1 for some failure codes).
   */
  <T> T integerCode(T[] members, int first, String what) throws GbcsCodecException {
    return integerCode(c -> c >= first && c - first < members.length ? members[c - first] : null, what);
  }

  /** An ENUMERATED whose value names a member of {@code codes}. */
  <T> T enumeratedCode(IntFunction<T> codes, String what) throws GbcsCodecException {
    if (!(value instanceof ASN1Enumerated e)) {
      throw error("an ENUMERATED " + what);
    }
    return known((int) inRange(e.getValue(), 0, Integer.MAX_VALUE), codes, what);
  }

  /** A [tagNo] IMPLICIT INTEGER whose value names a member of {@code codes}. */
  <T> T implicitIntegerCode(int tagNo, IntFunction<T> codes, String what) throws GbcsCodecException {
    return known((int) implicitInteger(tagNo, 0, Integer.MAX_VALUE), codes, what);
  }

  byte[] octets() throws GbcsCodecException {
    if (!(value instanceof ASN1OctetString o)) {
      throw error("an OCTET STRING");
    }
    return o.getOctets();
  }

  /** A [tagNo] IMPLICIT OCTET STRING. */
  byte[] implicitOctets(int tagNo) throws GbcsCodecException {
    ASN1TaggedObject tagged = context(tagNo);
    try {
      return ASN1OctetString.getInstance(tagged, false).getOctets();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error("[" + tagNo + "] IMPLICIT OCTET STRING");
    }
  }

  /** An entity identifier: an OCTET STRING of the 8 bytes of an EUI-64. */
  Eui64 eui64() throws GbcsCodecException {
    byte[] b = octets();
    if (b.length != 8) {
      throw error("an OCTET STRING of 8 bytes (an EUI-64), not " + b.length);
    }
    return Eui64.fromBytes(b);
  }

  /** The alert code of a DER alert: INTEGER, 2 bytes in practice (e.g. 0x8F66). */
  int alertCode() throws GbcsCodecException {
    return integer(0, 0xFFFF);
  }

  void nullValue() throws GbcsCodecException {
    if (!isNull()) {
      throw error("NULL");
    }
  }

  /**
   * A GeneralizedTime in the one form GBCS payloads use, YYYYMMDDHHMMSSZ (UTC, whole seconds),
   * e.g. 99991231235959Z for "never" in cancellations.
   */
  Instant generalizedTime() throws GbcsCodecException {
    if (!(value instanceof ASN1GeneralizedTime t)) {
      throw error("a GeneralizedTime");
    }
    String s = t.getTimeString();
    if (s.length() != 15 || s.charAt(14) != 'Z' || !digits(s, 14)) {
      throw error("a GeneralizedTime YYYYMMDDHHMMSSZ, not " + s);
    }
    try {
      return LocalDateTime.of(number(s, 0, 4), number(s, 4, 2), number(s, 6, 2), number(s, 8, 2),
          number(s, 10, 2), number(s, 12, 2)).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw error("a valid date and time, not " + s);
    }
  }

  CertificateKeyUsage keyUsage() throws GbcsCodecException {
    if (!(value instanceof ASN1BitString b)) {
      throw error("a key usage BIT STRING");
    }
    byte[] bits = b.getBytes();
    CertificateKeyUsage usage = bits.length == 1 ? CertificateKeyUsage.ofBits(bits[0] & 0xFF) : null;
    if (usage == null) {
      throw error("a key usage of exactly one of digitalSignature, keyAgreement, keyCertSign");
    }
    return usage;
  }

  EncodedCertificate certificate() throws GbcsCodecException {
    return new EncodedCertificate(signed(OpaqueDer.CERTIFICATE));
  }

  EncodedCertificationRequest certificationRequest() throws GbcsCodecException {
    return new EncodedCertificationRequest(signed(OpaqueDer.CERTIFICATION_REQUEST));
  }

  private OpaqueDer signed(OpaqueDer.Structure structure) throws GbcsCodecException {
    if (!isSequence() || !structure.matches(value)) {
      throw error(structure.name());
    }
    return new OpaqueDer(ByteSlice.copyOf(encoded(value)), value);
  }

  // ---------------------------------------------------------------- parts

  private ASN1TaggedObject context(int tagNo) throws GbcsCodecException {
    if (!isContext(tagNo)) {
      throw error("a [" + tagNo + "] element");
    }
    return (ASN1TaggedObject) value;
  }

  private long inRange(BigInteger v, long min, long max) throws GbcsCodecException {
    if (v.bitLength() > 63 || v.longValue() < min || v.longValue() > max) {
      throw error("an INTEGER in " + min + ".." + max + ", not " + v);
    }
    return v.longValue();
  }

  private <T> T known(int code, IntFunction<T> codes, String what) throws GbcsCodecException {
    T t = codes.apply(code);
    if (t == null) {
      throw error("a known " + what + ", not " + code);
    }
    return t;
  }

  private static boolean digits(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int length) {
    return Integer.parseInt(s, from, from + length, 10);
  }

  static byte[] encoded(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      // DER encoding into memory: BouncyCastle declares the exception but only a bug raises it
      throw new IllegalStateException("DER encoding failed", e);
    }
  }
}

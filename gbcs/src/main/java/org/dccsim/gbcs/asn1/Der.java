package org.dccsim.gbcs.asn1;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.smki.Eui64;

/** Building the BouncyCastle ASN.1 objects of GBCS payloads, for DER encoding. */
final class Der {

  private Der() {}

  static void requireAlertCode(int alertCode) {
    if (alertCode < 0 || alertCode > 0xFFFF) {
      throw new IllegalArgumentException("an alert code is 2 bytes: " + alertCode);
    }
  }

  static byte[] encode(DerLengthForm form, ASN1Encodable value) {
    if (form == DerLengthForm.DER) {
      return DerElement.encoded(value);
    }
    ByteWriter w = new ByteWriter(256);
    writeTwoByteLengths(w, value);
    return w.toByteArray();
  }

  /**
   * BouncyCastle writes DER only, so the other form is written here: constructed elements
   * (SEQUENCE, [n] IMPLICIT SEQUENCE) component by component, each header with a two-byte long
   * length where one is needed; primitives as BouncyCastle encodes them, header rewritten alike;
   * signed objects as they are. GBCS tags are all below 31, so a tag is one byte.
   */
  private static void writeTwoByteLengths(ByteWriter w, ASN1Encodable value) {
    if (value instanceof OpaqueDer o) {
      w.bytes(o.der());
      return;
    }
    ASN1Primitive p = value.toASN1Primitive();
    ASN1Sequence components = null;
    int tag = 0x30;
    if (p instanceof ASN1Sequence s) {
      components = s;
    } else if (p instanceof ASN1TaggedObject t && t.getBaseObject() instanceof ASN1Sequence s) {
      // an IMPLICIT SEQUENCE: context-specific, constructed
      components = s;
      tag = 0xA0 | t.getTagNo();
    }
    if (components == null) {
      byte[] der = DerElement.encoded(p);
      int headerLength = der[1] >= 0 ? 2 : 2 + (der[1] & 0x7F);
      writeHeader(w, der[0] & 0xFF, der.length - headerLength);
      w.bytes(der, headerLength, der.length - headerLength);
      return;
    }
    ByteWriter contents = new ByteWriter(128);
    for (ASN1Encodable c : components) {
      writeTwoByteLengths(contents, c);
    }
    writeHeader(w, tag, contents.size());
    w.bytes(contents.toByteArray());
  }

  private static void writeHeader(ByteWriter w, int tag, int length) {
    w.u8(tag);
    if (length < 0x80) {
      w.u8(length);
    } else if (length <= 0xFFFF) {
      w.u8(0x82).u16(length);
    } else {
      throw new IllegalArgumentException("a GBCS payload element is below 64 KiB, not " + length);
    }
  }

  static DERSequence sequence(ASN1Encodable... components) {
    return new DERSequence(components);
  }

  static DERSequence sequence(ASN1EncodableVector components) {
    return new DERSequence(components);
  }

  /** A SEQUENCE OF, each element written by {@code writer}. */
  static <T> DERSequence sequenceOf(List<T> elements, Function<T, ASN1Encodable> writer) {
    ASN1EncodableVector v = new ASN1EncodableVector(elements.size());
    elements.forEach(e -> v.add(writer.apply(e)));
    return new DERSequence(v);
  }

  static ASN1Integer integer(long value) {
    return new ASN1Integer(value);
  }

  static ASN1Enumerated enumerated(int value) {
    return new ASN1Enumerated(value);
  }

  static DEROctetString octets(ByteSlice value) {
    return new DEROctetString(value.toByteArray());
  }

  static DEROctetString eui64(Eui64 id) {
    return new DEROctetString(id.toBytes());
  }

  static ASN1Encodable nullValue() {
    return DERNull.INSTANCE;
  }

  /** [tagNo] IMPLICIT: the value's tag replaced by the context-specific one. */
  static DERTaggedObject implicit(int tagNo, ASN1Encodable value) {
    return new DERTaggedObject(false, tagNo, value);
  }

  /** YYYYMMDDHHMMSSZ in UTC, whole seconds (GBCS payloads carry no fractions). */
  static DERGeneralizedTime time(Instant t) {
    LocalDateTime u = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    if (u.getYear() < 0 || u.getYear() > 9999 || u.getNano() != 0) {
      throw new IllegalArgumentException("a GBCS GeneralizedTime has a 4-digit year and whole seconds: " + t);
    }
    return new DERGeneralizedTime(String.format("%04d%02d%02d%02d%02d%02dZ", u.getYear(), u.getMonthValue(),
        u.getDayOfMonth(), u.getHour(), u.getMinute(), u.getSecond()));
  }

  /** The X.509 KeyUsage BIT STRING with one named bit, trailing zero bits dropped as DER wants. */
  static DERBitString keyUsage(CertificateKeyUsage usage) {
    int bits = usage.bits();
    return new DERBitString(new byte[] {(byte) bits}, Integer.numberOfTrailingZeros(bits));
  }
}

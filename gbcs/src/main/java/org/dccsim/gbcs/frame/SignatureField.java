package org.dccsim.gbcs.frame;

import java.util.Optional;

/**
 * The last field of a General-Signing APDU: absent altogether (RTDS pre-commands), a single 00
 * byte (no signature: non-critical messages, and what DUIS wants in pre-commands), or 0x40 plus a
 * 64-byte ECDSA P-256 signature in IEEE P1363 (r || s) form.
 */
public final class SignatureField {

  public enum Kind {
    ABSENT,
    NULL,
    PRESENT
  }

  public static final int SIGNATURE_LENGTH = 64;
  public static final SignatureField ABSENT = new SignatureField(Kind.ABSENT, null);
  public static final SignatureField NULL = new SignatureField(Kind.NULL, null);

  private final Kind kind;
  private final ByteSlice signature;

  private SignatureField(Kind kind, ByteSlice signature) {
    this.kind = kind;
    this.signature = signature;
  }

  public static SignatureField of(byte[] p1363Signature) {
    if (p1363Signature.length != SIGNATURE_LENGTH) {
      throw new IllegalArgumentException(
          "a GBCS signature is 64 bytes (r || s), not " + p1363Signature.length);
    }
    return new SignatureField(Kind.PRESENT, ByteSlice.copyOf(p1363Signature));
  }

  static SignatureField of(ByteSlice p1363Signature) {
    return new SignatureField(Kind.PRESENT, p1363Signature);
  }

  public Kind kind() {
    return kind;
  }

  public boolean isPresent() {
    return kind == Kind.PRESENT;
  }

  /** The 64 bytes r || s, when present. */
  public Optional<ByteSlice> signature() {
    return Optional.ofNullable(signature);
  }

  /** Bytes the field takes in the APDU: 0, 1 or 65. */
  public int encodedLength() {
    return switch (kind) {
      case ABSENT -> 0;
      case NULL -> 1;
      case PRESENT -> 1 + SIGNATURE_LENGTH;
    };
  }

  void writeTo(ByteWriter w) {
    if (kind == Kind.NULL) {
      w.u8(0);
    } else if (kind == Kind.PRESENT) {
      w.u8(SIGNATURE_LENGTH).bytes(signature);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignatureField f
        && f.kind == kind
        && (signature == null ? f.signature == null : signature.equals(f.signature));
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + (signature == null ? 0 : signature.hashCode());
  }

  @Override
  public String toString() {
    return kind == Kind.PRESENT ? "SIGNATURE[" + signature + "]" : kind.name();
  }
}

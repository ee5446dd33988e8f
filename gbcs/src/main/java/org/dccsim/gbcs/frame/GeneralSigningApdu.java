package org.dccsim.gbcs.frame;

import java.util.Objects;
import org.dccsim.smki.Eui64;

/**
 * A GBCS General-Signing APDU (tag DF): grouping header, content (the payload: DLMS, GBZ or DER)
 * and signature field. It keeps its exact encoding, so that the signed span (from the 09 after DF
 * to the end of the content) and the MAC input are always the original bytes; content and signed
 * span are views of that encoding, not copies.
 */
public final class GeneralSigningApdu {

  public static final int TAG = 0xDF;

  private final GroupingHeader header;
  private final ByteSlice encoded;
  private final ByteSlice content;
  private final SignatureField signature;

  GeneralSigningApdu(
      GroupingHeader header, ByteSlice encoded, ByteSlice content, SignatureField signature) {
    this.header = header;
    this.encoded = encoded;
    this.content = content;
    this.signature = signature;
  }

  /** Encodes a new APDU. */
  public static GeneralSigningApdu create(
      GroupingHeader header, byte[] content, SignatureField signature) {
    return create(header, ByteSlice.copyOf(content), signature);
  }

  public static GeneralSigningApdu create(
      GroupingHeader header, ByteSlice content, SignatureField signature) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(signature, "signature");
    int size =
        1 + header.encodedLength() + ByteWriter.berLengthSize(content.length()) + content.length()
            + signature.encodedLength();
    ByteWriter w = new ByteWriter(size);
    w.u8(TAG);
    header.writeTo(w);
    w.berLength(content.length());
    int contentOffset = w.size();
    w.bytes(content);
    signature.writeTo(w);
    byte[] bytes = w.toByteArray();
    return new GeneralSigningApdu(
        header,
        ByteSlice.wrap(bytes, 0, bytes.length),
        ByteSlice.wrap(bytes, contentOffset, content.length()),
        signature.isPresent()
            ? SignatureField.of(ByteSlice.wrap(bytes, bytes.length - SignatureField.SIGNATURE_LENGTH,
                SignatureField.SIGNATURE_LENGTH))
            : signature);
  }

  /** The same header and content with another signature field (e.g. after signing). */
  public GeneralSigningApdu withSignature(SignatureField newSignature) {
    return create(header, content, newSignature);
  }

  public GroupingHeader header() {
    return header;
  }

  public CraFlag cra() {
    return header.cra();
  }

  public long originatorCounter() {
    return header.originatorCounter();
  }

  public Eui64 originator() {
    return header.originator();
  }

  public Eui64 recipient() {
    return header.recipient();
  }

  public int messageCode() {
    return header.messageCode();
  }

  /** The payload (first byte D9, DA, 0F, 01, 30, ...). */
  public ByteSlice content() {
    return content;
  }

  public SignatureField signature() {
    return signature;
  }

  /** The exact bytes, DF tag through signature field. */
  public ByteSlice encoded() {
    return encoded;
  }

  /** The bytes a GBCS signature covers: from the 09 after DF to the end of the content. */
  public ByteSlice signedSpan() {
    return encoded.slice(1, content.offset() + content.length() - encoded.offset() - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneralSigningApdu a && encoded.equals(a.encoded);
  }

  @Override
  public int hashCode() {
    return encoded.hashCode();
  }

  @Override
  public String toString() {
    return "GeneralSigningApdu[" + header + ", content=" + content + ", " + signature + "]";
  }
}

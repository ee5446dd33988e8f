package org.dccsim.gbcs.frame;

import java.util.Optional;

/**
 * Decodes and encodes GBCS messages: the optional General-Ciphering wrapper (DD, six empty fields,
 * BER length, security header 11 00000000, APDU, 12-byte MAC) around a General-Signing APDU (DF).
 * Decoding is strict enough that encoding a decoded message gives back the same bytes: BER lengths
 * must be minimal, nothing may follow the message, and GBT-segmented DD frames are refused.
 */
public final class GbcsCodec {

  public static final int GENERAL_CIPHERING_TAG = 0xDD;

  /** SC 0x11 (authentication only) and a 4-byte invocation counter that GBCS keeps at zero. */
  private static final byte[] SECURITY_HEADER = {0x11, 0, 0, 0, 0};

  private static final int EMPTY_CIPHERING_FIELDS = 6;

  private GbcsCodec() {}

  /** Decodes one message; the bytes are copied once, and content and MAC are views of the copy. */
  public static GbcsMessage decode(byte[] message) throws GbcsCodecException {
    ByteReader r = new ByteReader(message.clone());
    int tag = r.peek("message tag DD or DF");
    if (tag == GeneralSigningApdu.TAG) {
      GeneralSigningApdu apdu = readApdu(r, r.end());
      r.expectEnd("message");
      return GbcsMessage.unwrapped(apdu);
    }
    if (tag != GENERAL_CIPHERING_TAG) {
      throw new GbcsCodecException(0, "message tag DD (General-Ciphering) or DF (General-Signing)");
    }
    r.u8("tag");
    for (int i = 0; i < EMPTY_CIPHERING_FIELDS; i++) {
      // a non-empty first field is a GBT block transfer, which GBCS only uses for large payloads
      r.expect(0, "empty General-Ciphering field " + (i + 1) + " of 6 (GBT is not supported)");
    }
    int length = r.berLength("ciphered content");
    int at = r.position();
    if (length != r.remaining()) {
      throw new GbcsCodecException(
          at, "ciphered content of " + r.remaining() + " bytes (the rest of the message), not " + length);
    }
    for (int i = 0; i < SECURITY_HEADER.length; i++) {
      r.expect(SECURITY_HEADER[i] & 0xFF, "security header 11 00000000, byte " + (i + 1));
    }
    if (r.remaining() < GbcsMessage.MAC_LENGTH) {
      throw new GbcsCodecException(r.position(), "General-Signing APDU and a 12-byte MAC");
    }
    GeneralSigningApdu apdu = readApdu(r, r.end() - GbcsMessage.MAC_LENGTH);
    ByteSlice mac = r.slice(GbcsMessage.MAC_LENGTH, "MAC");
    r.expectEnd("message");
    return new GbcsMessage(apdu, Optional.of(mac));
  }

  /** Decodes a bare General-Signing APDU (a pre-command or a critical response). */
  public static GeneralSigningApdu decodeApdu(byte[] apdu) throws GbcsCodecException {
    GbcsMessage m = decode(apdu);
    if (m.isMacProtected()) {
      throw new GbcsCodecException(0, "a bare General-Signing APDU (DF), not General-Ciphering (DD)");
    }
    return m.apdu();
  }

  public static byte[] encode(GbcsMessage message) {
    return message.mac().isPresent()
        ? wrap(message.apdu(), message.mac().get().toByteArray())
        : message.apdu().encoded().toByteArray();
  }

  /** The General-Ciphering message carrying {@code apdu} and its 12-byte {@code mac}. */
  public static byte[] wrap(GeneralSigningApdu apdu, byte[] mac) {
    if (mac.length != GbcsMessage.MAC_LENGTH) {
      throw new IllegalArgumentException("a GBCS MAC is 12 bytes, not " + mac.length);
    }
    ByteSlice a = apdu.encoded();
    int cipheredLength = SECURITY_HEADER.length + a.length() + mac.length;
    ByteWriter w = new ByteWriter(1 + EMPTY_CIPHERING_FIELDS + 3 + cipheredLength);
    w.u8(GENERAL_CIPHERING_TAG);
    for (int i = 0; i < EMPTY_CIPHERING_FIELDS; i++) {
      w.u8(0);
    }
    w.berLength(cipheredLength).bytes(SECURITY_HEADER).bytes(a).bytes(mac);
    return w.toByteArray();
  }

  /** The security header that starts the MAC's additional authenticated data. */
  public static byte[] securityHeader() {
    return SECURITY_HEADER.clone();
  }

  private static GeneralSigningApdu readApdu(ByteReader r, int end) throws GbcsCodecException {
    int start = r.position();
    r.expect(GeneralSigningApdu.TAG, "General-Signing tag DF");
    GroupingHeader header = GroupingHeader.read(r);
    int contentLength = r.berLength("content");
    ByteSlice content = r.slice(contentLength, "content");
    if (r.position() > end) {
      throw new GbcsCodecException(
          r.position() - contentLength, "content of at most " + (end - r.position() + contentLength)
              + " bytes before the MAC, not " + contentLength);
    }
    SignatureField signature;
    if (r.position() == end) {
      signature = SignatureField.ABSENT;
    } else {
      int at = r.position();
      int sigLength = r.u8("signature length 00 or 40");
      if (sigLength == 0) {
        signature = SignatureField.NULL;
      } else if (sigLength == SignatureField.SIGNATURE_LENGTH) {
        signature = SignatureField.of(r.slice(sigLength, "64-byte signature"));
      } else {
        throw new GbcsCodecException(at, "signature length 00 or 40");
      }
      if (r.position() != end) {
        throw new GbcsCodecException(r.position(), "end of the General-Signing APDU");
      }
    }
    return new GeneralSigningApdu(
        header, ByteSlice.wrap(r.array(), start, r.position() - start), content, signature);
  }
}

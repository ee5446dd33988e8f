package org.dccsim.gbcs.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HexFormat;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Chooses the payload codec by the payload's first bytes and decodes with it. */
final class PayloadDecoder {

  /** A payload kind dccsim does not decode yet: shown as bytes, and said so. */
  record Undecoded(String kind, ByteSlice bytes) {}

  private PayloadDecoder() {}

  static Object decode(ByteSlice content) throws GbcsCodecException {
    int tag = content.length() == 0 ? -1 : content.get(0);
    if (tag == AccessRequest.TAG) {
      return DlmsCodec.decodeAccessRequest(content);
    }
    if (tag == AccessResponse.TAG) {
      return DlmsCodec.decodeAccessResponse(content);
    }
    return new Undecoded(kind(content), content);
  }

  static String kind(ByteSlice content) {
    int tag = content.length() == 0 ? -1 : content.get(0);
    return switch (tag) {
      case 0xD9 -> "DLMS Access-Request";
      case 0xDA -> "DLMS Access-Response";
      case 0x0F -> "DLMS Data-Notification";
      case 0x30 -> "ASN.1 DER";
      case 0x02, 0x04, 0x05 -> "ASN.1 DER value";
      case 0x01 -> "GBZ (ZigBee)";
      case -1 -> "empty";
      default -> String.format("unknown (first byte %02X)", tag);
    };
  }

  /** Decrypted content is DLMS data where GBCS encrypts DLMS; otherwise shown as bytes. */
  static JsonNode decodePlaintext(byte[] plain) {
    try {
      return RecordJson.of(DlmsCodec.decodeData(ByteSlice.copyOf(plain)));
    } catch (GbcsCodecException | RuntimeException notDlms) {
      return JsonNodeFactory.instance.textNode(HexFormat.of().withUpperCase().formatHex(plain));
    }
  }
}

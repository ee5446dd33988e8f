package org.dccsim.gbcs.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HexFormat;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.DataNotification;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.gbz.GbzCodec;

/**
 * Chooses the payload codec by the payload's first bytes (and, for ASN.1, the message code and
 * direction, since a bare DER value does not say which structure it is) and decodes with it.
 * Every payload kind GBCS uses has a codec; anything else is a {@link GbcsCodecException}.
 */
final class PayloadDecoder {

  private static final int DATA_NOTIFICATION = 0x0F;
  private static final int GBZ_PROFILE_HIGH = 0x01;

  private PayloadDecoder() {}

  static Object decode(GeneralSigningApdu apdu) throws GbcsCodecException {
    ByteSlice content = apdu.content();
    int tag = content.length() == 0 ? -1 : content.get(0);
    if (tag == AccessRequest.TAG) {
      return DlmsCodec.decodeAccessRequest(content);
    }
    if (tag == AccessResponse.TAG) {
      return DlmsCodec.decodeAccessResponse(content);
    }
    if (tag == DATA_NOTIFICATION) {
      return DlmsCodec.decodeDataNotification(content);
    }
    if (DerPayloadCodec.carriesDer(apdu.messageCode())) {
      return DerPayloadCodec.decode(apdu).payload();
    }
    if (tag == GBZ_PROFILE_HIGH) {
      return GbzCodec.decode(content);
    }
    throw new GbcsCodecException(0, "a DLMS, GBZ or ASN.1 payload, not one starting "
        + (tag < 0 ? "empty" : String.format("%02X", tag)) + " for message code "
        + String.format("0x%04X", apdu.messageCode()));
  }

  static String kind(Object payload) {
    if (payload instanceof AccessRequest) {
      return "DLMS Access-Request";
    }
    if (payload instanceof AccessResponse) {
      return "DLMS Access-Response";
    }
    if (payload instanceof DataNotification) {
      return "DLMS Data-Notification";
    }
    if (payload instanceof org.dccsim.gbcs.gbz.GbzPayload) {
      return "GBZ (ZigBee)";
    }
    return "ASN.1 DER";
  }

  /** Decrypted DLMS content is DLMS data; otherwise shown as bytes. */
  static JsonNode decodePlaintext(byte[] plain) {
    try {
      return RecordJson.of(DlmsCodec.decodeData(ByteSlice.copyOf(plain)));
    } catch (GbcsCodecException | RuntimeException notDlms) {
      return JsonNodeFactory.instance.textNode(HexFormat.of().withUpperCase().formatHex(plain));
    }
  }
}

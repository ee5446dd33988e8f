package org.dccsim.app.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.duis.DuisXml;

/**
 * The second leg of a critical Service Request: the same RequestID, Service Reference and variant
 * as the CV 4 request, Command Variant 5, and the User-signed Pre-Command in the body. Unsigned:
 * the User's XML signer signs it, keeping the counter.
 */
public final class SignedPreCommandRequest {

  private SignedPreCommandRequest() {}

  public static byte[] build(RequestId requestId, String serviceReference, String variant, byte[] signedPreCommand) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sr:Request xmlns:sr=\"" + DuisXml.NAMESPACE + "\" schemaVersion=\"5.4\">"
        + "<sr:Header>"
        + "<sr:RequestID>" + requestId + "</sr:RequestID>"
        + "<sr:CommandVariant>5</sr:CommandVariant>"
        + "<sr:ServiceReference>" + serviceReference + "</sr:ServiceReference>"
        + "<sr:ServiceReferenceVariant>" + variant + "</sr:ServiceReferenceVariant>"
        + "</sr:Header>"
        + "<sr:Body><sr:SignedPreCommand><sr:GBCSPayload>"
        + Base64.getEncoder().encodeToString(signedPreCommand)
        + "</sr:GBCSPayload></sr:SignedPreCommand></sr:Body>"
        + "</sr:Request>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}

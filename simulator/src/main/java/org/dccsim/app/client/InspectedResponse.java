package org.dccsim.app.client;

import java.util.Optional;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.duis.DuisResponseReader;
import org.dccsim.dcc.duis.ReceivedDuisResponse;
import org.dccsim.dcc.xmldsig.Base64Binary;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;

/** A DUIS response as a User sees it: read, its signature checked, its GBCS payloads at hand. */
public record InspectedResponse(ReceivedDuisResponse response, XmlSignatureCheck signature) {

  public static InspectedResponse inspect(byte[] xml, XmlSignatureVerifier verifier) {
    ReceivedDuisResponse r = new DuisResponseReader().read(xml);
    return new InspectedResponse(r, verifier.verify(r.signature()));
  }

  public String responseCode() {
    return response.responseCode();
  }

  /** What sr:Body holds: ResponseMessage, DeviceAlertMessage or DCCAlertMessage. */
  public String bodyKind() {
    return response.body().localName();
  }

  /** ResponseMessage/PreCommand/GBCSPayload. */
  public Optional<byte[]> preCommand() {
    return response.body().child("PreCommand").flatMap(p -> p.childText("GBCSPayload")).map(Base64Binary::decode);
  }

  /** ResponseMessage/GBCSPayload: a device's response relayed by the DCC. */
  public Optional<byte[]> gbcsPayload() {
    return response.body().childText("GBCSPayload").map(Base64Binary::decode);
  }

  public Optional<BodyElement> child(String name) {
    return response.body().child(name);
  }
}

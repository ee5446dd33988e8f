package org.dccsim.dcc.duis;

import java.time.Instant;
import org.dccsim.dcc.xmldsig.XmlDsigScanner;

/**
 * Reads a DUIS sr:Response in one StAX pass, the counterpart of {@link DuisRequestReader} for
 * User-side tools: header fields typed, the body element as a {@link BodyElement} tree, and the
 * signature evidence. Thread-safe.
 */
public final class DuisResponseReader {

  private final DuisXmlLimits limits;

  public DuisResponseReader() {
    this(DuisXmlLimits.DEFAULT);
  }

  public DuisResponseReader(DuisXmlLimits limits) {
    this.limits = limits;
  }

  /** @throws DuisFormatException for anything that is not a well-formed DUIS response */
  public ReceivedDuisResponse read(byte[] xml) {
    XmlDsigScanner dsig = new XmlDsigScanner();
    try (DuisXmlCursor c = DuisXmlCursor.open(xml, 0, xml.length, limits, dsig)) {
      c.enterRoot("Response");
      String schemaVersion = DuisRequestReader.schemaVersion(c);
      c.requireChild("Header");
      c.requireAnyChild("sr:ResponseCode");
      RequestId requestId = null;
      if (c.atSr("RequestID")) {
        requestId = c.leaf(RequestId::parse);
        c.requireAnyChild("sr:ResponseCode");
      }
      ResponseId responseId = null;
      if (c.atSr("ResponseID")) {
        responseId = c.leaf(ResponseId::parse);
        c.requireAnyChild("sr:ResponseCode");
      }
      c.expect("ResponseCode");
      String responseCode = c.leaf(DuisValues::token);
      c.requireChild("ResponseDateTime");
      Instant responseDateTime = c.leaf(DuisValues::dateTime);
      c.requireEnd();
      c.requireChild("Body");
      c.requireAnyChild("sr:ResponseMessage, sr:DeviceAlertMessage or sr:DCCAlertMessage");
      BodyElement body = c.readTree();
      c.requireEnd();
      DuisRequestReader.signatureThenEnd(c, "sr:Response");
      c.finishDocument();
      return new ReceivedDuisResponse(
          schemaVersion,
          requestId,
          responseId,
          responseCode,
          responseDateTime,
          body,
          dsig.finish());
    }
  }
}

package org.dccsim.dcc.duis;

import java.time.Instant;
import org.dccsim.dcc.xmldsig.XmlDsigScanner;

/**
 * Reads a DUIS sr:Request in one StAX pass, no DOM: the header and body into a {@link DuisRequest}
 * and, from the same events, what the XML signature check needs. Structure is checked as the XSD
 * lays it out (header fields in order, one body element, an optional ds:Signature last); the SRV
 * element's content is kept as a {@link BodyElement} tree for the transforms to interpret.
 * Thread-safe.
 */
public final class DuisRequestReader {

  private final DuisXmlLimits limits;

  public DuisRequestReader() {
    this(DuisXmlLimits.DEFAULT);
  }

  public DuisRequestReader(DuisXmlLimits limits) {
    this.limits = limits;
  }

  /** @throws DuisFormatException for anything that is not a well-formed DUIS request */
  public DuisRequest read(byte[] xml) {
    return read(xml, 0, xml.length);
  }

  /** @throws DuisFormatException for anything that is not a well-formed DUIS request */
  public DuisRequest read(byte[] xml, int offset, int length) {
    XmlDsigScanner dsig = new XmlDsigScanner();
    try (DuisXmlCursor c = DuisXmlCursor.open(xml, offset, length, limits, dsig)) {
      c.enterRoot("Request");
      String schemaVersion = schemaVersion(c);
      c.requireChild("Header");
      RequestHeader header = header(c);
      c.requireChild("Body");
      RequestBody body = body(c);
      signatureThenEnd(c, "sr:Request");
      c.finishDocument();
      return new DuisRequest(schemaVersion, header, body, dsig.finish());
    }
  }

  static String schemaVersion(DuisXmlCursor c) {
    String version = c.attribute("schemaVersion");
    if (version == null) {
      throw c.error(c.describe() + " has no schemaVersion attribute");
    }
    try {
      return DuisValues.schemaVersion(version);
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage());
    }
  }

  private static RequestHeader header(DuisXmlCursor c) {
    c.requireChild("RequestID");
    RequestId requestId = c.leaf(RequestId::parse);
    c.requireAnyChild("sr:CommandVariant");
    Boolean firstInSequence = null;
    if (c.atSr("FirstInSequence")) {
      firstInSequence = c.leaf(DuisValues::xsBoolean);
      c.requireAnyChild("sr:CommandVariant");
    }
    RequestId preceding = null;
    if (c.atSr("PrecedingServiceRequestID")) {
      preceding = c.leaf(RequestId::parse);
      c.requireAnyChild("sr:CommandVariant");
    }
    c.expect("CommandVariant");
    int commandVariant = c.leaf(DuisValues::commandVariant);
    c.requireChild("ServiceReference");
    String serviceReference = c.leaf(DuisValues::token);
    c.requireChild("ServiceReferenceVariant");
    String serviceReferenceVariant = c.leaf(DuisValues::token);
    c.requireEnd();
    return new RequestHeader(
        requestId,
        firstInSequence,
        preceding,
        commandVariant,
        serviceReference,
        serviceReferenceVariant);
  }

  private static RequestBody body(DuisXmlCursor c) {
    c.requireAnyChild("a service request element or sr:SignedPreCommand");
    RequestBody body = c.atSr("SignedPreCommand") ? signedPreCommand(c) : c.readTree();
    c.requireEnd();
    return body;
  }

  private static SignedPreCommand signedPreCommand(DuisXmlCursor c) {
    c.requireAnyChild("sr:GBCSPayload");
    Instant executionDateTime = null;
    if (c.atSr("ExecutionDateTime")) {
      executionDateTime = c.leaf(DuisValues::dateTime);
      c.requireAnyChild("sr:GBCSPayload");
    }
    c.expect("GBCSPayload");
    byte[] payload = c.leaf(DuisValues::base64);
    c.requireEnd();
    return new SignedPreCommand(executionDateTime, payload);
  }

  /** After sr:Body: an optional ds:Signature (the scanner reads it) and the root's end tag. */
  static void signatureThenEnd(DuisXmlCursor c, String root) {
    if (!c.nextChild()) {
      return;
    }
    if (!c.atDs("Signature")) {
      throw c.error("unexpected " + c.describe() + " in " + root
          + "; only ds:Signature may follow sr:Body");
    }
    c.skipElement();
    if (c.nextChild()) {
      throw c.error("unexpected " + c.describe() + " after ds:Signature in " + root);
    }
  }
}

package org.dccsim.dcc.duis.response;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Objects;
import org.dccsim.dcc.duis.DuisXml;
import org.dccsim.dcc.xmldsig.CanonicalBuffer;
import org.dccsim.dcc.xmldsig.XmlCanonicalizer;
import org.dccsim.dcc.xmldsig.XmlSigner;

/**
 * Writes signed DUIS sr:Response documents as UTF-8 bytes. The document is produced directly in
 * exclusive canonical form, so the signature's digest covers exactly the bytes sent and no second
 * pass is needed: only xmlns:sr is declared (on the root), the ds:Signature declares its own
 * namespace, and it is the last child of the root. Thread-safe.
 */
public final class DuisResponseWriter {

  public static final String DEFAULT_SCHEMA_VERSION = "5.4";

  private static final String SR = DuisXml.PREFIX;
  private static final String NS = DuisXml.NAMESPACE;
  /** xs:dateTime of events the DCC reports, to the second, in UTC. */
  private static final DateTimeFormatter EVENT_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RESPONSE_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final XmlSigner signer;
  private final Clock clock;
  private final String schemaVersion;

  public DuisResponseWriter(XmlSigner signer, Clock clock) {
    this(signer, clock, DEFAULT_SCHEMA_VERSION);
  }

  /** @param schemaVersion the decimal written in the root's schemaVersion, e.g. "5.1" */
  public DuisResponseWriter(XmlSigner signer, Clock clock, String schemaVersion) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.schemaVersion = decimal(schemaVersion);
  }

  /** The signed document; ResponseDateTime is the clock's now, to the millisecond. */
  public byte[] write(DuisResponse response) {
    CanonicalBuffer out = new CanonicalBuffer(2048);
    out.writeAscii(DuisXml.DECLARATION);
    int rootStart = out.size();
    XmlCanonicalizer c = XmlCanonicalizer.exclusive(out);
    c.startElement(SR, "Response", NS, "schemaVersion", schemaVersion);
    header(c, response);
    c.startElement(SR, "Body", NS);
    if (response.body() instanceof ResponseMessage message) {
      responseMessage(c, message);
    } else if (response.body() instanceof DccAlertMessage alert) {
      dccAlertMessage(c, alert);
    } else if (response.body() instanceof DeviceAlertMessage alert) {
      deviceAlertMessage(c, alert);
    }
    c.endElement();
    c.flush();
    int rootEndTagStart = out.size();
    c.endElement();
    c.flush();
    signer.signEnveloped(out, rootStart, rootEndTagStart);
    return out.toByteArray();
  }

  private void header(XmlCanonicalizer c, DuisResponse response) {
    c.startElement(SR, "Header", NS);
    if (response.requestId() != null) {
      leaf(c, "RequestID", response.requestId().toString());
    }
    if (response.responseId() != null) {
      leaf(c, "ResponseID", response.responseId().toString());
    }
    leaf(c, "ResponseCode", response.responseCode());
    leaf(c, "ResponseDateTime", RESPONSE_DATE_TIME.format(clock.instant()));
    c.endElement();
  }

  private static void responseMessage(XmlCanonicalizer c, ResponseMessage message) {
    c.startElement(SR, "ResponseMessage", NS);
    leaf(c, "ServiceReference", message.serviceReference());
    leaf(c, "ServiceReferenceVariant", message.serviceReferenceVariant());
    ResponsePayload payload = message.payload();
    if (payload instanceof GbcsPayload gbcs) {
      leaf(c, "GBCSPayload", base64(gbcs.gbcs()));
    } else if (payload instanceof PreCommand preCommand) {
      c.startElement(SR, "PreCommand", NS);
      leaf(c, "GBCSVersion", preCommand.gbcsVersion());
      leaf(c, "GBCSPayload", base64(preCommand.gbcsPayload()));
      c.endElement();
    } else if (payload instanceof FutureDatedAlert alert) {
      c.startElement(SR, "FutureDatedDeviceAlertMessage", NS);
      leaf(c, "FutureDatedAlertCode", alertCode(alert.alertCode()));
      leaf(c, "GBCSPayload", base64(alert.gbcs()));
      leaf(c, "InstructionNumber", Integer.toString(alert.instructionNumber()));
      leaf(c, "TotalCommandInstructions", Integer.toString(alert.totalCommandInstructions()));
      c.endElement();
    } else if (payload instanceof DspInventory inventory) {
      c.startElement(SR, "DSPInventory", NS);
      for (DspInventoryDevice device : inventory.devices()) {
        device(c, device);
      }
      c.endElement();
    }
    c.endElement();
  }

  private static void device(XmlCanonicalizer c, DspInventoryDevice d) {
    c.startElement(SR, "Device", NS);
    leaf(c, "DeviceID", d.deviceId().toString());
    leaf(c, "DeviceType", d.deviceType());
    optionalLeaf(c, "DeviceStatus", d.deviceStatus());
    leaf(c, "DeviceManufacturer", d.manufacturer());
    leaf(c, "DeviceModel", d.model());
    optionalLeaf(c, "SMETSCHTSVersion", d.smetsChtsVersion());
    optionalLeaf(c, "DeviceFirmwareVersion", d.firmwareVersion());
    optionalLeaf(c, "DeviceFirmwareVersionStatus", d.firmwareVersionStatus());
    optionalLeaf(c, "CPLStatus", d.cplStatus());
    optionalLeaf(c, "DateCommissioned", utcDate(d.dateCommissioned()));
    optionalLeaf(c, "ImportMPxN", d.importMpxn());
    optionalLeaf(c, "SecondaryImportMPAN", d.secondaryImportMpan());
    optionalLeaf(c, "ExportMPAN", d.exportMpan());
    optionalLeaf(c, "ESMEVariant", d.esmeVariant());
    optionalLeaf(c, "UPRN", d.uprn());
    if (d.propertyFilter() != null) {
      c.startElement(SR, "PropertyFilter", NS);
      leaf(c, "PostCode", d.propertyFilter().postCode());
      leaf(c, "AddressIdentifier", d.propertyFilter().addressIdentifier());
      c.endElement();
    }
    optionalLeaf(c, "CSPRegion", d.cspRegion());
    optionalLeaf(c, "DeviceGBCSVersion", d.gbcsVersion());
    optionalLeaf(c, "HANVariant", d.hanVariant());
    optionalLeaf(c, "S1SP", d.s1sp());
    optionalLeaf(c, "Connectivity", d.connectivity());
    c.endElement();
  }

  private static void dccAlertMessage(XmlCanonicalizer c, DccAlertMessage message) {
    c.startElement(SR, "DCCAlertMessage", NS);
    leaf(c, "DCCAlertCode", message.dccAlertCode());
    if (message.throttledAlertSequenceId() != null) {
      leaf(c, "ThrottledAlertSequenceId", message.throttledAlertSequenceId().toString());
    }
    if (message.throttledAlertCount() != null) {
      leaf(c, "ThrottledAlertCount", message.throttledAlertCount().toString());
    }
    c.startElement(SR, "DCCAlert", NS);
    if (message.alert() instanceof QuarantinedRequestAlert quarantined) {
      c.startElement(SR, "QuarantinedRequest", NS);
      c.startElement(SR, quarantined.breach().elementName(), NS);
      leaf(c, "RequestID", quarantined.requestId().toString());
      leaf(c, "QuarantineEventRef", Long.toUnsignedString(quarantined.quarantineEventRef()));
      c.endElement();
      c.endElement();
    } else if (message.alert() instanceof PowerOutageAlert outage) {
      c.startElement(SR, "PowerOutageEvent", NS);
      leaf(c, "CommsHubDeviceID", outage.commsHub().toString());
      leaf(c, "StartDateTime", EVENT_DATE_TIME.format(outage.start()));
      leaf(c, "MPxN", outage.mpxn());
      c.endElement();
    }
    c.endElement();
    c.endElement();
  }

  private static void deviceAlertMessage(XmlCanonicalizer c, DeviceAlertMessage message) {
    c.startElement(SR, "DeviceAlertMessage", NS);
    leaf(c, "AlertCode", alertCode(message.alertCode()));
    if (message.throttledAlertSequenceId() != null) {
      leaf(c, "ThrottledAlertSequenceId", message.throttledAlertSequenceId().toString());
    }
    if (message.throttledAlertCount() != null) {
      leaf(c, "ThrottledAlertCount", message.throttledAlertCount().toString());
    }
    leaf(c, "GBCSPayload", base64(message.gbcs()));
    c.endElement();
  }

  /** xs:hexBinary of the 2-byte code, upper case as GBCS writes alert codes (8F66). */
  private static String alertCode(int code) {
    return String.format("%04X", code);
  }

  private static String decimal(String schemaVersion) {
    try {
      new BigDecimal(schemaVersion);
      return schemaVersion;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("schemaVersion '" + schemaVersion + "' is not a decimal");
    }
  }

  /** DCC Boxed writes xs:date with the UTC designator, e.g. 2025-12-28Z. */
  private static String utcDate(LocalDate date) {
    return date == null ? null : date + "Z";
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static void optionalLeaf(XmlCanonicalizer c, String localName, String text) {
    if (text != null) {
      leaf(c, localName, text);
    }
  }

  private static void leaf(XmlCanonicalizer c, String localName, String text) {
    c.startElement(SR, localName, NS);
    c.text(text);
    c.endElement();
  }
}

package org.dccsim.dcc.transform.esme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.catalogue.CommandVariant;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.duis.DuisRequest;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.inventory.DeviceStatus;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.testing.ReferenceData;

/**
 * Public DUIS templates, optionally edited as text, made into accepted requests the way the
 * pipeline hands them to a transform: a commissioned device of the template's target, a User in
 * the given roles.
 */
final class ControlTemplateRequests {

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.duis54();
  private static final DuisRequestReader READER = new DuisRequestReader();

  private final String xml;
  private DeviceType deviceType = DeviceType.ESME;
  private Set<UserRole> roles = EnumSet.of(UserRole.IS);

  private ControlTemplateRequests(String xml) {
    this.xml = xml;
  }

  static ControlTemplateRequests template(String fileName) {
    try {
      return new ControlTemplateRequests(Files.readString(
          ReferenceData.require("duis/templates").resolve(fileName), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template with one piece of text replaced; the text must occur. */
  ControlTemplateRequests replace(String text, String replacement) {
    if (!xml.contains(text)) {
      throw new IllegalArgumentException("the template has no '" + text + "'");
    }
    ControlTemplateRequests edited = new ControlTemplateRequests(xml.replace(text, replacement));
    edited.deviceType = deviceType;
    edited.roles = roles;
    return edited;
  }

  /** The template with the first match of a regular expression replaced; there must be one. */
  ControlTemplateRequests replaceFirst(String regex, String replacement) {
    Matcher m = Pattern.compile(regex).matcher(xml);
    if (!m.find()) {
      throw new IllegalArgumentException("the template has no match of '" + regex + "'");
    }
    ControlTemplateRequests edited = new ControlTemplateRequests(m.replaceFirst(replacement));
    edited.deviceType = deviceType;
    edited.roles = roles;
    return edited;
  }

  ControlTemplateRequests on(DeviceType type) {
    deviceType = type;
    return this;
  }

  ControlTemplateRequests inRoles(UserRole first, UserRole... more) {
    roles = EnumSet.of(first, more);
    return this;
  }

  AcceptedRequest accepted() {
    DuisRequest request = READER.read(xml.getBytes(StandardCharsets.UTF_8));
    ServiceReferenceVariant srv = CATALOGUE.find(request.header().serviceReferenceVariant()).orElseThrow();
    Eui64 target = request.requestId().target();
    InventoryDevice device = new InventoryDevice(target, deviceType, DeviceStatus.Commissioned, "DCCS", "test",
        "1.0", "SMETS2", "4.0", Eui64.parse("00-DB-12-34-56-78-90-A2"), "1", "Central", LocalDate.of(2026, 1, 1),
        Map.of());
    User user = new User(request.requestId().originator(), "test User", roles, RemotePartyRole.SUPPLIER, true);
    return new AcceptedRequest(request, srv,
        CommandVariant.of(request.header().commandVariant()).orElseThrow(), user, roles, device,
        Instant.parse("2026-11-28T12:00:00Z"), 1302);
  }

  static AccessRequest accessRequest(GeneralSigningApdu command) {
    try {
      return DlmsCodec.decodeAccessRequest(command.content());
    } catch (GbcsCodecException e) {
      throw new AssertionError("not a DLMS Access-Request", e);
    }
  }
}

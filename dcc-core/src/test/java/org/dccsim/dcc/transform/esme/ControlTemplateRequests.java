package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.transform.TemplateRequests;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.RemotePartyRole;

/**
 * Public DUIS templates, optionally edited as text, made into accepted requests for the control
 * transforms: an ESME (or the device given) and a User acting as import supplier unless told
 * otherwise. A thin layer over {@link TemplateRequests}.
 */
final class ControlTemplateRequests {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final TemplateRequests request;

  private ControlTemplateRequests(TemplateRequests request) {
    this.request = request;
  }

  static ControlTemplateRequests template(String fileName) {
    return new ControlTemplateRequests(
        TemplateRequests.template(fileName).on(DeviceType.ESME).inRoles(UserRole.IS).at(NOW));
  }

  /** The template with one piece of text replaced; the text must occur. */
  ControlTemplateRequests replace(String text, String replacement) {
    return new ControlTemplateRequests(request.replace(text, replacement));
  }

  /** The template with the first match of a regular expression replaced; there must be one. */
  ControlTemplateRequests replaceFirst(String regex, String replacement) {
    return new ControlTemplateRequests(request.replaceFirst(regex, replacement));
  }

  ControlTemplateRequests on(DeviceType type) {
    request.on(type);
    return this;
  }

  ControlTemplateRequests inRoles(UserRole first, UserRole... more) {
    request.inRoles(first, more);
    return this;
  }

  AcceptedRequest accepted() {
    return request.as(RemotePartyRole.SUPPLIER).accepted();
  }

  static AccessRequest accessRequest(GeneralSigningApdu command) {
    try {
      return DlmsCodec.decodeAccessRequest(command.content());
    } catch (GbcsCodecException e) {
      throw new AssertionError("not a DLMS Access-Request", e);
    }
  }
}

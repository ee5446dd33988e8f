package org.dccsim.dcc.transform.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.catalogue.CommandVariant;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.duis.DuisRequest;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.duis.RequestHeader;
import org.dccsim.dcc.inventory.DeviceStatus;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.testing.ReferenceData;

/**
 * Accepted requests made from the public DUIS templates (optionally edited), as the pipeline
 * hands them to a transform, and the RTDS command of the same scenario.
 */
final class HubRequests {

  static final ServiceCatalogue CATALOGUE = ServiceCatalogue.duis54();
  private static final Map<Eui64, DeviceType> TEMPLATE_DEVICES = Map.of(
      Eui64.parse("00-DB-12-34-56-78-90-A0"), DeviceType.ESME,
      Eui64.parse("00-DB-12-34-56-78-90-A1"), DeviceType.GSME,
      Eui64.parse("00-DB-12-34-56-78-90-A2"), DeviceType.CHF,
      Eui64.parse("00-DB-12-34-56-78-90-A3"), DeviceType.GPF,
      Eui64.parse("00-DB-12-34-56-78-90-A4"), DeviceType.PPMID,
      Eui64.parse("00-DB-12-34-56-78-90-A5"), DeviceType.HCALCS,
      Eui64.parse("00-DB-12-34-56-78-90-A6"), DeviceType.ESME);

  private HubRequests() {}

  static String template(String name) {
    try {
      return Files.readString(ReferenceData.require("duis/templates").resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template as sent by a User acting in every role. */
  static AcceptedRequest accepted(String templateName) {
    return accepted(templateName, UnaryOperator.identity(), -1, EnumSet.allOf(UserRole.class));
  }

  /**
   * The template, its XML edited, with the counter given (or its own if negative), sent by a User
   * acting in the given roles.
   */
  static AcceptedRequest accepted(String templateName, UnaryOperator<String> edit, long counter, Set<UserRole> roles) {
    DuisRequest parsed = new DuisRequestReader().read(edit.apply(template(templateName)).getBytes(StandardCharsets.UTF_8));
    RequestHeader h = parsed.header();
    DuisRequest request = counter < 0 ? parsed : new DuisRequest(parsed.schemaVersion(),
        new RequestHeader(h.requestId().withCounter(counter), h.firstInSequence(), h.precedingServiceRequestId(),
            h.commandVariant(), h.serviceReference(), h.serviceReferenceVariant()),
        parsed.body(), parsed.signature());
    ServiceReferenceVariant srv = CATALOGUE.find(h.serviceReferenceVariant()).orElseThrow();
    Eui64 target = request.requestId().target();
    InventoryDevice device = new InventoryDevice(target, TEMPLATE_DEVICES.get(target), DeviceStatus.Commissioned,
        "DCCS", "RTDS", "1.0", "SMETS2", "4.0", Eui64.parse("00-DB-12-34-56-78-90-A2"), "1", "Central",
        LocalDate.of(2026, 1, 1), Map.of());
    User user = new User(request.requestId().originator(), "RTDS party", EnumSet.copyOf(roles),
        RemotePartyRole.SUPPLIER, true);
    return new AcceptedRequest(request, srv, CommandVariant.of(h.commandVariant()).orElseThrow(), user,
        Set.copyOf(roles), device, Instant.parse("2026-11-28T12:00:00Z"));
  }

  /** The RTDS Pre-Command of a scenario if it has one, else its Command. */
  static GeneralSigningApdu rtds(String folder, String scenario) {
    Path dir = ReferenceData.require("gbcs/rtds/RTDS-4.5.0").resolve(folder);
    for (String kind : new String[] {"PRECOMMAND", "COMMAND"}) {
      Path p = dir.resolve(scenario + "_" + kind + "_GBCS.HEX");
      if (Files.exists(p)) {
        try {
          byte[] b = HexFormat.of().parseHex(Files.readString(p).trim());
          return b[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(b).apdu() : GbcsCodec.decodeApdu(b);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (GbcsCodecException e) {
          throw new AssertionError(p + " does not decode", e);
        }
      }
    }
    throw new AssertionError("no RTDS command for " + folder + "/" + scenario);
  }
}

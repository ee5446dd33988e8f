package org.dccsim.dcc.transform.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.transform.TemplateRequests;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.testing.ReferenceData;

/**
 * Accepted requests made from the public DUIS templates (optionally edited), as the pipeline
 * hands them to a transform, and the RTDS command of the same scenario.
 */
final class HubRequests {

  static final ServiceCatalogue CATALOGUE = ServiceCatalogue.duis54();

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
    TemplateRequests t = TemplateRequests.fromXml(edit.apply(template(templateName)))
        .inRoles(roles.iterator().next(), roles.toArray(UserRole[]::new))
        .as(RemotePartyRole.SUPPLIER)
        .at(Instant.parse("2026-11-28T12:00:00Z"));
    if (counter >= 0) {
      t.counters(counter, counter);
    }
    return t.accepted();
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

package org.dccsim.dcc.transform.esme;

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
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.testing.ReferenceData;

/**
 * Public DUIS templates turned into accepted ESME requests, after text replacements, so that a
 * test can feed a transform other values than the template's and see them in the command.
 */
final class EsmeTemplateRequests {

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.duis54();
  private static final DuisRequestReader READER = new DuisRequestReader();
  static final TransformRegistry TRANSFORMS =
      new TransformRegistry(CATALOGUE).registerAll(new EsmeReadAndTariffTransforms());

  private EsmeTemplateRequests() {}

  /**
   * @param replacements pairs of (text in the template, text to put instead); each must occur
   */
  static AcceptedRequest request(String template, String... replacements) {
    return requestAs(RemotePartyRole.SUPPLIER, template, replacements);
  }

  /** As {@link #request}, from a User of the given remote party role. */
  static AcceptedRequest requestAs(RemotePartyRole role, String template, String... replacements) {
    String xml;
    try {
      xml = Files.readString(ReferenceData.require("duis/templates").resolve(template), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < replacements.length; i += 2) {
      if (!xml.contains(replacements[i])) {
        throw new AssertionError(template + " has no '" + replacements[i] + "'");
      }
      xml = xml.replace(replacements[i], replacements[i + 1]);
    }
    DuisRequest request = READER.read(xml.getBytes(StandardCharsets.UTF_8));
    ServiceReferenceVariant srv = CATALOGUE.find(request.header().serviceReferenceVariant()).orElseThrow();
    InventoryDevice device = new InventoryDevice(request.requestId().target(), DeviceType.ESME,
        DeviceStatus.Commissioned, "DCCS", "test", "1.0", "SMETS2", "4.0", Eui64.parse("00-DB-12-34-56-78-90-A2"),
        "1", "Central", LocalDate.of(2026, 1, 1), Map.of());
    User user = new User(request.requestId().originator(), "test party", EnumSet.allOf(UserRole.class),
        role, true);
    return new AcceptedRequest(request, srv, CommandVariant.of(request.header().commandVariant()).orElseThrow(),
        user, user.roles(), device, Instant.parse("2026-11-28T12:00:00Z"));
  }

  /** The transform registered for the request's SRV on an ESME, applied. */
  static GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    return TRANSFORMS.forVariant(request.srv().variant()).orElseThrow().transform(request);
  }

  /**
   * The RTDS Pre-Command or Command of the template's scenario (folder {@code <SRV>_<use case>},
   * file named as the template), as the conformance test pairs them.
   */
  static GeneralSigningApdu rtdsCommand(String template) {
    String useCase = template.substring(0, template.indexOf('_'));
    String rest = template.substring(useCase.length() + 1);
    String srv = rest.substring(0, rest.indexOf('_'));
    String scenario = template.substring(0, template.length() - "_REQUEST_DUIS.XML".length());
    Path folder = ReferenceData.require("gbcs/rtds/RTDS-4.5.0").resolve(srv + "_" + useCase);
    for (String kind : new String[] {"PRECOMMAND", "COMMAND"}) {
      Path file = folder.resolve(scenario + "_" + kind + "_GBCS.HEX");
      if (Files.exists(file)) {
        try {
          return GbcsCodec.decode(HexFormat.of().parseHex(Files.readString(file).trim())).apdu();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (GbcsCodecException e) {
          throw new AssertionError(file.toString(), e);
        }
      }
    }
    throw new AssertionError("no RTDS command for " + template);
  }

  /** What the conformance test compares: titles, message code and other-information, and the payload. */
  static String comparable(GeneralSigningApdu apdu) {
    return apdu.originator() + ">" + apdu.recipient() + " " + apdu.header().otherInformation() + " "
        + HexFormat.of().formatHex(apdu.content().toByteArray());
  }

  static AccessRequest accessRequest(GeneralSigningApdu apdu) {
    try {
      return DlmsCodec.decodeAccessRequest(apdu.content());
    } catch (GbcsCodecException e) {
      throw new AssertionError("not an Access-Request: " + apdu.content(), e);
    }
  }
}

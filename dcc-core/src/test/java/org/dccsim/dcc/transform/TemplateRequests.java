package org.dccsim.dcc.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
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
import org.dccsim.dcc.duis.RequestHeader;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.testing.ReferenceData;

/**
 * Public DUIS templates, optionally edited as text, made into accepted requests the way the
 * pipeline hands them to a transform. By default the target is the template device its EUI names
 * (A0 ESME, A1 GSME, A2 Comms Hub, A3 GPF, A4 PPMID, A5 HCALCS, A6 ESME), the User holds the roles
 * of the test party its EUI names, and acts in those of them the SRV admits (or, as the templates
 * ignore eligibility, in the SRV's roles when none is); the time is the RTDS's own "now",
 * 2015-01-01T00:00Z, which GBZ commands carry.
 */
public final class TemplateRequests {

  public static final Instant RTDS_NOW = Instant.parse("2015-01-01T00:00:00Z");

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.duis54();
  private static final DuisRequestReader READER = new DuisRequestReader();
  private static final Map<Eui64, DeviceType> DEVICES = Map.of(
      Eui64.parse("00-DB-12-34-56-78-90-A0"), DeviceType.ESME,
      Eui64.parse("00-DB-12-34-56-78-90-A1"), DeviceType.GSME,
      Eui64.parse("00-DB-12-34-56-78-90-A2"), DeviceType.CHF,
      Eui64.parse("00-DB-12-34-56-78-90-A3"), DeviceType.GPF,
      Eui64.parse("00-DB-12-34-56-78-90-A4"), DeviceType.PPMID,
      Eui64.parse("00-DB-12-34-56-78-90-A5"), DeviceType.HCALCS,
      Eui64.parse("00-DB-12-34-56-78-90-A6"), DeviceType.ESME);

  /** The test parties of the templates and RTDS: their DUIS roles and GBCS remote party role. */
  private record Party(Set<UserRole> roles, RemotePartyRole remotePartyRole) {}

  private static final Map<Eui64, Party> PARTIES = Map.of(
      Eui64.parse("90-B3-D5-1F-30-01-00-00"), new Party(EnumSet.of(UserRole.IS, UserRole.GS, UserRole.ES), RemotePartyRole.SUPPLIER),
      Eui64.parse("90-B3-D5-1F-30-03-00-00"), new Party(EnumSet.of(UserRole.IS, UserRole.GS, UserRole.ES), RemotePartyRole.SUPPLIER),
      Eui64.parse("90-B3-D5-1F-30-02-00-00"), new Party(EnumSet.of(UserRole.ED, UserRole.GT), RemotePartyRole.NETWORK_OPERATOR),
      Eui64.parse("00-DB-12-34-56-78-00-04"), new Party(EnumSet.of(UserRole.OU), RemotePartyRole.OTHER),
      Eui64.parse("90-B3-D5-1F-30-01-00-08"), new Party(EnumSet.noneOf(UserRole.class), RemotePartyRole.LOAD_CONTROLLER),
      Eui64.DCC_ACCESS_CONTROL_BROKER, new Party(EnumSet.noneOf(UserRole.class), RemotePartyRole.ACCESS_CONTROL_BROKER));

  private final String name;
  private final String xml;
  private DeviceType deviceType;
  private String esmeVariant;
  private String gbcsVersion;
  private Set<UserRole> roles;
  private RemotePartyRole remotePartyRole;
  private Long requestCounter;
  private long dccCounter = 1302;
  private Instant at = RTDS_NOW;

  private TemplateRequests(String name, String xml) {
    this.name = name;
    this.xml = xml;
  }

  public static TemplateRequests template(String fileName) {
    try {
      return new TemplateRequests(fileName,
          Files.readString(ReferenceData.require("duis/templates").resolve(fileName), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TemplateRequests fromXml(String xml) {
    return new TemplateRequests("(request)", xml);
  }

  /** The request with one piece of text replaced; the text must occur. */
  public TemplateRequests replace(String text, String replacement) {
    if (!xml.contains(text)) {
      throw new IllegalArgumentException(name + " has no '" + text + "'");
    }
    return copy(xml.replace(text, replacement));
  }

  /** The request's XML rewritten by a function. */
  public TemplateRequests edit(java.util.function.UnaryOperator<String> rewrite) {
    return copy(rewrite.apply(xml));
  }

  /** The request with the first match of a regular expression replaced; there must be one. */
  public TemplateRequests replaceFirst(String regex, String replacement) {
    Matcher m = Pattern.compile(regex).matcher(xml);
    if (!m.find()) {
      throw new IllegalArgumentException(name + " has no match of '" + regex + "'");
    }
    return copy(m.replaceFirst(replacement));
  }

  public TemplateRequests on(DeviceType type) {
    deviceType = type;
    return this;
  }

  public TemplateRequests esmeVariant(String variant) {
    esmeVariant = variant;
    return this;
  }

  public TemplateRequests gbcsVersion(String version) {
    gbcsVersion = version;
    return this;
  }

  public TemplateRequests inRoles(UserRole first, UserRole... more) {
    roles = EnumSet.of(first, more);
    return this;
  }

  public TemplateRequests as(RemotePartyRole role) {
    remotePartyRole = role;
    return this;
  }

  /** The RequestID counter (the template's when not set) and the DCC's own counter for the request. */
  public TemplateRequests counters(long request, long dcc) {
    requestCounter = request;
    dccCounter = dcc;
    return this;
  }

  /** The same request from another User ID (the RequestID's originator replaced). */
  public TemplateRequests from(Eui64 originator) {
    return replaceFirst("<sr:RequestID>[0-9A-Fa-f-]{23}:", "<sr:RequestID>" + originator + ":");
  }

  public TemplateRequests at(Instant time) {
    at = time;
    return this;
  }

  public AcceptedRequest accepted() {
    DuisRequest parsed = READER.read(xml.getBytes(StandardCharsets.UTF_8));
    RequestHeader h = parsed.header();
    DuisRequest request = requestCounter == null ? parsed : new DuisRequest(parsed.schemaVersion(),
        new RequestHeader(h.requestId().withCounter(requestCounter), h.firstInSequence(),
            h.precedingServiceRequestId(), h.commandVariant(), h.serviceReference(), h.serviceReferenceVariant()),
        parsed.body(), parsed.signature());
    ServiceReferenceVariant srv = CATALOGUE.find(h.serviceReferenceVariant()).orElseThrow();
    Eui64 target = request.requestId().target();
    DeviceType type = deviceType != null ? deviceType : DEVICES.getOrDefault(target, DeviceType.ESME);
    InventoryDevice.Builder device = InventoryDevice.builder(target, type)
        .commsHub(Eui64.parse("00-DB-12-34-56-78-90-A2"));
    if (esmeVariant != null) {
      device.esmeVariant(esmeVariant);
    }
    if (gbcsVersion != null) {
      device.gbcsVersion(gbcsVersion);
    }
    Party party = PARTIES.getOrDefault(request.requestId().originator(),
        new Party(EnumSet.allOf(UserRole.class), RemotePartyRole.SUPPLIER));
    Set<UserRole> userRoles = roles != null ? roles : party.roles();
    User user = new User(request.requestId().originator(), "test party", userRoles,
        remotePartyRole != null ? remotePartyRole : party.remotePartyRole(), true);
    Set<UserRole> acting = roles != null ? eligibleOf(roles, srv) : actingRoles(userRoles, srv);
    return new AcceptedRequest(request, srv, CommandVariant.of(h.commandVariant()).orElseThrow(), user,
        acting, device.build(), at, dccCounter);
  }

  /**
   * The RTDS Pre-Command or Command of a template's scenario (folder {@code <SRV>_<use case>},
   * file named as the template), as the conformance test pairs them.
   */
  public static GeneralSigningApdu rtdsCommand(String template) {
    String useCase = template.substring(0, template.indexOf('_'));
    String rest = template.substring(useCase.length() + 1);
    String srv = rest.substring(0, rest.indexOf('_')).replaceAll("\\.$", "");
    String scenario = template.substring(0, template.length() - "_REQUEST_DUIS.XML".length());
    Path folder = ReferenceData.require("gbcs/rtds/RTDS-4.5.0").resolve(srv + "_" + useCase);
    for (String kind : new String[] {"PRECOMMAND", "COMMAND"}) {
      Path file = folder.resolve(scenario + "_" + kind + "_GBCS.HEX");
      if (Files.exists(file)) {
        try {
          byte[] bytes = HexFormat.of().parseHex(Files.readString(file).trim());
          return bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG
              ? GbcsCodec.decode(bytes).apdu()
              : GbcsCodec.decodeApdu(bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (GbcsCodecException e) {
          throw new AssertionError("unreadable RTDS file " + file, e);
        }
      }
    }
    throw new AssertionError("no RTDS command for " + template + " in " + folder);
  }

  /**
   * For a template's own party: the roles the SRV admits, else (the templates ignore eligibility)
   * the SRV's roles, as if an eligible User had sent it.
   */
  private static Set<UserRole> actingRoles(Set<UserRole> userRoles, ServiceReferenceVariant srv) {
    Set<UserRole> acting = eligibleOf(userRoles, srv);
    if (!acting.isEmpty()) {
      return acting;
    }
    return srv.eligibleRoles().isEmpty() ? userRoles : srv.eligibleRoles();
  }

  private static Set<UserRole> eligibleOf(Set<UserRole> roles, ServiceReferenceVariant srv) {
    EnumSet<UserRole> acting = EnumSet.noneOf(UserRole.class);
    acting.addAll(roles);
    acting.retainAll(srv.eligibleRoles());
    return acting;
  }

  private TemplateRequests copy(String newXml) {
    TemplateRequests t = new TemplateRequests(name, newXml);
    t.deviceType = deviceType;
    t.esmeVariant = esmeVariant;
    t.gbcsVersion = gbcsVersion;
    t.roles = roles;
    t.remotePartyRole = remotePartyRole;
    t.requestCounter = requestCounter;
    t.dccCounter = dccCounter;
    t.at = at;
    return t;
  }
}

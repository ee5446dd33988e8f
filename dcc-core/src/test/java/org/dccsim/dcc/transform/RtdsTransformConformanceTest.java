package org.dccsim.dcc.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.HanDeviceLog;
import org.dccsim.dcc.inventory.HanDeviceLogEntry;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.importer.SmkiImporter;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.JoinDevice;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Every public DUIS template whose scenario the GBCS Reference Test Data Set also has is
 * transformed by dccsim and compared with the RTDS Pre-Command (critical) or Command: same message
 * code, originator, recipient and other-information, and the same payload byte for byte (the
 * request takes the RTDS file's counter; the header date-time and the signature field aside).
 * The result is the transform table in docs/gbcs-transforms.md, which this test keeps true:
 * run with -Ddccsim.writeDocs=true to rewrite it.
 */
class RtdsTransformConformanceTest {

  /** The share of SRVs (with a template and an RTDS folder) whose every scenario is identical. */
  private static final double MINIMUM_IDENTICAL_SHARE = 0.0;

  private static final Pattern TEMPLATE = Pattern.compile("([A-Za-z0-9]+)_([0-9.]+?)\\.?_(.+)_REQUEST_DUIS\\.XML");

  /**
   * When the RTDS scenarios happen: its responses and alerts are stamped 2015-01-01T00:00:00Z,
   * and the ZigBee Issuer Event IDs of its GSME/GPF commands (the time of creation) are that time.
   */

  enum Verdict { IDENTICAL, DIFFERENT, FAILED, NOT_IMPLEMENTED, RTDS_INCONSISTENT }

  record Scenario(String template, String srv, String useCase, Verdict verdict, String detail) {}

  private final ServiceCatalogue catalogue = ServiceCatalogue.duis54();
  /**
   * The Customer Identification Number of RTDS's 9.1 scenarios (ECS50, GCS36). The DCC chooses a
   * CIN, the request does not carry one, so no transform can take it from the template: the judge
   * makes the DCC choose RTDS's.
   */
  private static final CustomerIdentificationNumbers RTDS_CIN = () -> new CustomerIdentificationNumber("1234");
  /** The RTDS devices' certificates, as dccsim's SMKI would hold them, for the transforms that embed one. */
  private static final SmkiRepository RTDS_SMKI = rtdsSmki();

  /**
   * The other device each scenario names, and its type as RTDS shows it: the partner of a join or
   * unjoin (the payload names it, or its message code implies it) and the device CCS01 adds to a
   * Comms Hub's log (the template ESME, which the payload's device_type 0, electricity meter,
   * confirms); the inventory holds it for the transform.
   */
  private static final Map<String, InventoryDevice> OTHER_DEVICES = Map.of(
      "CCS01_8.11_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-A0", DeviceType.ESME),
      "CS03A1_8.7.1_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-9A", DeviceType.HCALCS),
      "CS03A2Critical_8.7.1_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-93", DeviceType.ESME),
      "CS03CCritical_8.7.1_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-98", DeviceType.PPMID),
      "CS03A2NonCritical_8.7.2_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-93", DeviceType.ESME),
      "CS03B_8.7.2_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-9C", DeviceType.GPF),
      "CS03CNonCritical_8.7.2_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-94", DeviceType.GSME),
      "CS04ACCritical_8.8.1_SUCCESS_REQUEST_DUIS.XML", partner("00-DB-12-34-56-78-90-99", DeviceType.HCALCS),
      "CS04ACNonCritical_8.8.2_SUCCESS_REQUEST_DUIS.XML", partner("01-02-03-04-05-06-07-08", DeviceType.ESME),
      "CS04B_8.8.2_SUCCESS_REQUEST_DUIS.XML", partner("01-02-03-04-05-06-07-08", DeviceType.GPF));

  /** A device log the DCC's records hold for a Comms Hub or GPF. */
  private record DeviceLogRecord(Eui64 hubOrGpf, HanDeviceLog log) {}

  /**
   * What the DCC's records held in the restore scenarios: a restore request names only the old Comms
   * Hub or GPF, and the payload carries the DCC's records of its device log (the old hub's last
   * backups), so the judge gives the DCC the records the RTDS payloads show. CCS03: old hub -95's
   * network (Extended PAN ID 00..01-40) with the template ESME and GSME and their hashed TC link keys
   * (the RTDS's CS14 backup of hub A2 holds the same two); GCS59: old GPF -B3's PPMID and Type 2
   * device.
   */
  private static final Map<String, DeviceLogRecord> DEVICE_LOG_RECORDS = Map.of(
      "CCS03_8.12.1_SUCCESS_REQUEST_DUIS.XML", new DeviceLogRecord(Eui64.parse("00-DB-12-34-56-78-90-95"),
          HanDeviceLog.commsHub(Eui64.parse("00-00-00-00-00-00-01-40"), List.of(
              linked("00-DB-12-34-56-78-90-A0", DeviceType.ESME, "83FED3407A939723A5C639B26916D506"),
              linked("00-DB-12-34-56-78-90-A1", DeviceType.GSME, "83FED3407A939723A5C639B26916D505")))),
      "GCS59_8.12.2_SUCCESS_REQUEST_DUIS.XML", new DeviceLogRecord(Eui64.parse("00-DB-12-34-56-78-90-B3"),
          HanDeviceLog.of(List.of(
              HanDeviceLogEntry.withoutLinkKey(Eui64.parse("00-11-22-33-44-55-66-77"), DeviceType.PPMID),
              HanDeviceLogEntry.withoutLinkKey(Eui64.parse("88-99-AA-BB-CC-DD-EE-FF"), DeviceType.IHD)))));

  /**
   * Scenarios the RTDS itself gets wrong, so that no correct transform reproduces them: counted as
   * not identical, not as a failure.
   */
  private static final Map<String, String> RTDS_INCONSISTENT = Map.of(
      "CS03CNonCritical_8.7.2_SUCCESS_REQUEST_DUIS.XML",
      "names device 00-DB-12-34-56-78-90-94 but embeds the key agreement certificate of -A1",
      "CCS05CCS04_8.9_SUCCESS_REQUEST_DUIS.XML",
      "the same request as CCS06's with another message code (CCS04/05, which the DUIS mapping table no longer"
          + " lists); dccsim sends CCS06");

  @Test
  void transformsReproduceTheRtdsCommandsAndTheTableInDocsSaysSo() throws IOException {
    Path templates = ReferenceData.require("duis/templates");
    Path rtds = ReferenceData.require("gbcs/rtds/RTDS-4.5.0");
    List<Scenario> scenarios = new ArrayList<>();
    try (Stream<Path> files = Files.list(templates)) {
      for (Path t : files.sorted().toList()) {
        Matcher m = TEMPLATE.matcher(t.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        String useCase = m.group(1);
        String srv = m.group(2);
        Path dir = rtds.resolve(srv + "_" + useCase);
        String prefix = useCase + "_" + srv + "_" + m.group(3) + "_";
        Optional<Path> expected = Stream.of("PRECOMMAND", "COMMAND")
            .map(kind -> dir.resolve(prefix + kind + "_GBCS.HEX")).filter(Files::exists).findFirst();
        if (expected.isPresent()) {
          scenarios.add(check(t, srv, useCase, expected.get()));
        }
      }
    }

    String table = table(scenarios);
    Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/gbcs-transforms.md").normalize();
    if (Boolean.getBoolean("dccsim.writeDocs")) {
      Files.writeString(doc, table, StandardCharsets.UTF_8);
    }
    List<String> wrong = scenarios.stream()
        .filter(s -> s.verdict() == Verdict.DIFFERENT || s.verdict() == Verdict.FAILED)
        .map(s -> s.template() + ": " + s.verdict() + " " + s.detail()).toList();
    assertThat(wrong).as("implemented transforms that do not reproduce the RTDS").isEmpty();
    assertThat(identicalShare(scenarios)).isGreaterThanOrEqualTo(MINIMUM_IDENTICAL_SHARE);
    assertThat(Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "")
        .as("docs/gbcs-transforms.md is out of date: run this test with -Ddccsim.writeDocs=true")
        .isEqualTo(table);
  }

  /**
   * What each RTDS scenario's device was, where the use case depends on it: the ESME's elements
   * (the SINGLE/TWIN scenario words; ECS23b and ECS26k are polyphase readings; ECS29f resets the
   * counters of three phases, GBCS's "on polyphase ESME") and the device's GBCS generation (the
   * use cases that exist in an older and a newer form; ECS26i is the Comms Hub's older identity
   * read, with the device id object 0-0:96.1.1.255 that the newer ECS26n drops as ECS26m does).
   */
  private static final Set<String> POLYPHASE = Set.of("ECS23b", "ECS26k", "ECS29f");
  private static final Set<String> OLDER_FORMS =
      Set.of("ECS08", "ECS26d", "ECS26e", "ECS26i", "GCS21d", "GCS21e", "GCS25", "GCS60");

  private Scenario check(Path template, String srvName, String useCase, Path rtdsFile) throws IOException {
    String name = template.getFileName().toString();
    GeneralSigningApdu expected;
    try {
      byte[] bytes = HexFormat.of().parseHex(Files.readString(rtdsFile).trim());
      expected = bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG
          ? GbcsCodec.decode(bytes).apdu()
          : GbcsCodec.decodeApdu(bytes);
    } catch (Exception e) {
      throw new AssertionError("cannot read " + rtdsFile, e);
    }
    TemplateRequests t = TemplateRequests.template(name);
    OtherInformation other = expected.header().otherInformation();
    if (expected.originator().equals(Eui64.DCC_ACCESS_CONTROL_BROKER)
        && other.supplementaryRemotePartyCounter().isPresent()) {
      // the DCC sent it on behalf of the User named in other-information, under the User's counter
      if (other.supplementaryRemotePartyId().isPresent()) {
        t = t.from(other.supplementaryRemotePartyId().get());
      }
      t.counters(other.supplementaryRemotePartyCounter().getAsLong(), expected.originatorCounter());
    } else {
      t.counters(expected.originatorCounter(), 1302);
    }
    t.esmeVariant(POLYPHASE.contains(useCase) ? "C" : name.contains("_TWIN_") ? "B" : "A");
    t.gbcsVersion(OLDER_FORMS.contains(useCase) ? "3.1" : "4.2");
    Optional<List<EncodedCertificate>> certificates = RtdsCertificates.of(expected);
    if (certificates.isPresent()) {
      t = t.edit(xml -> RtdsCertificates.swapInto(xml, certificates.get()));
    }
    AcceptedRequest accepted = t.accepted();
    DeviceInventory inventory = new DeviceInventory();
    Optional.ofNullable(OTHER_DEVICES.get(name)).ifPresent(inventory::put);
    HanDeviceLogs deviceLogs = new HanDeviceLogs();
    Optional.ofNullable(DEVICE_LOG_RECORDS.get(name)).ifPresent(r -> deviceLogs.record(r.hubOrGpf(), r.log()));
    TransformRegistry transforms = Transforms.standard(catalogue, inventory, smkiOf(expected), deviceLogs, RTDS_CIN);
    Optional<DeviceCommandTransform> transform = transforms.forVariant(accepted.srv().variant())
        .filter(x -> x.targetTypes().contains(accepted.device().type()));
    if (transform.isEmpty()) {
      return new Scenario(name, srvName, useCase, Verdict.NOT_IMPLEMENTED, "");
    }
    GeneralSigningApdu actual;
    try {
      actual = transform.get().transform(accepted);
    } catch (RequestRefused | RuntimeException e) {
      return new Scenario(name, srvName, useCase, Verdict.FAILED, e.toString());
    }
    String difference = difference(expected, actual);
    if (difference != null && RTDS_INCONSISTENT.containsKey(name)) {
      return new Scenario(name, srvName, useCase, Verdict.RTDS_INCONSISTENT, RTDS_INCONSISTENT.get(name));
    }
    return new Scenario(name, srvName, useCase, difference == null ? Verdict.IDENTICAL : Verdict.DIFFERENT,
        difference == null ? "" : difference);
  }

  /**
   * The SMKI as the RTDS scenario had it: a join that embeds the other device's key agreement
   * certificate took it from there (RTDS CS03CCritical embeds another certificate of device 98 than
   * the one published with the RTDS keys).
   */
  private static SmkiRepository smkiOf(GeneralSigningApdu rtdsCommand) {
    try {
      if (DerPayloadCodec.carriesDer(rtdsCommand.messageCode())
          && DerPayloadCodec.decode(rtdsCommand).payload() instanceof JoinDevice.Command join
          && join.otherDeviceKeyAgreementCertificate().isPresent()) {
        SmkiCertificate embedded = SmkiCertificate.fromDer(
            join.otherDeviceKeyAgreementCertificate().get().der().toByteArray());
        if (embedded.subjectEui().equals(Optional.of(join.otherDeviceId()))) {
          SmkiRepository scenario = new SmkiRepository();
          scenario.add(embedded);
          return scenario;
        }
      }
    } catch (GbcsCodecException e) {
      throw new AssertionError("unreadable RTDS join", e);
    }
    return RTDS_SMKI;
  }

  private static HanDeviceLogEntry linked(String eui, DeviceType type, String hashedTcLinkKey) {
    return new HanDeviceLogEntry(Eui64.parse(eui), type, HexFormat.of().parseHex(hashedTcLinkKey));
  }

  private static InventoryDevice partner(String eui, DeviceType type) {
    return InventoryDevice.builder(Eui64.parse(eui), type).build();
  }

  private static SmkiRepository rtdsSmki() {
    SmkiRepository repository = new SmkiRepository();
    new SmkiImporter(repository).importFrom(ReferenceData.require("smki/device-keys"));
    return repository;
  }

  private static String difference(GeneralSigningApdu expected, GeneralSigningApdu actual) {
    if (expected.cra() != actual.cra()) {
      return "CRA " + actual.cra() + ", RTDS " + expected.cra();
    }
    if (!expected.originator().equals(actual.originator()) || !expected.recipient().equals(actual.recipient())) {
      return "titles " + actual.originator() + "→" + actual.recipient() + ", RTDS " + expected.originator() + "→" + expected.recipient();
    }
    if (!expected.header().otherInformation().equals(actual.header().otherInformation())) {
      return "other-information " + actual.header().otherInformation() + ", RTDS " + expected.header().otherInformation();
    }
    byte[] e = expected.content().toByteArray();
    byte[] a = actual.content().toByteArray();
    if (java.util.Arrays.equals(e, a)) {
      return null;
    }
    int i = java.util.Arrays.mismatch(e, a);
    HexFormat hex = HexFormat.of().withUpperCase();
    return "payload differs at byte " + i + ": ours …" + hex.formatHex(a, i, Math.min(a.length, i + 12))
        + " RTDS …" + hex.formatHex(e, i, Math.min(e.length, i + 12)) + " (lengths " + a.length + "/" + e.length + ")";
  }

  private static double identicalShare(List<Scenario> scenarios) {
    Map<String, List<Scenario>> bySrv = bySrv(scenarios);
    long identical = bySrv.values().stream()
        .filter(list -> list.stream().allMatch(s -> s.verdict() == Verdict.IDENTICAL)).count();
    return bySrv.isEmpty() ? 0 : (double) identical / bySrv.size();
  }

  private static Map<String, List<Scenario>> bySrv(List<Scenario> scenarios) {
    TreeMap<String, List<Scenario>> m = new TreeMap<>(RtdsTransformConformanceTest::compareSrv);
    for (Scenario s : scenarios) {
      m.computeIfAbsent(s.srv(), k -> new ArrayList<>()).add(s);
    }
    return m;
  }

  private static int compareSrv(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static String table(List<Scenario> scenarios) {
    Map<String, List<Scenario>> bySrv = bySrv(scenarios);
    long identicalSrvs = bySrv.values().stream()
        .filter(list -> list.stream().allMatch(s -> s.verdict() == Verdict.IDENTICAL)).count();
    StringBuilder b = new StringBuilder();
    b.append("# DUIS → GBCS transforms\n\n")
        .append("Generated by `RtdsTransformConformanceTest` (dcc-core) from the public DUIS templates and the GBCS\n")
        .append("Reference Test Data Set 4.5.0: for every template whose scenario the RTDS also has, dccsim's\n")
        .append("transform is compared with the RTDS Pre-Command (critical SRVs) or Command: message code, titles,\n")
        .append("other-information and payload byte for byte (counter and date-time aside).\n\n")
        .append(String.format("SRVs with both: %d; all scenarios identical: %d (%.0f %%). Scenarios: %d, identical %d.%n%n",
            bySrv.size(), identicalSrvs, 100.0 * identicalSrvs / Math.max(1, bySrv.size()), scenarios.size(),
            scenarios.stream().filter(s -> s.verdict() == Verdict.IDENTICAL).count()))
        .append("| SRV | GBCS use cases | implemented | identical to RTDS |\n|---|---|---|---|\n");
    for (Map.Entry<String, List<Scenario>> e : bySrv.entrySet()) {
      List<Scenario> list = e.getValue();
      TreeSet<String> useCases = new TreeSet<>();
      list.forEach(s -> useCases.add(s.useCase()));
      long implemented = list.stream().filter(s -> s.verdict() != Verdict.NOT_IMPLEMENTED).count();
      long identical = list.stream().filter(s -> s.verdict() == Verdict.IDENTICAL).count();
      b.append("| ").append(e.getKey()).append(" | ").append(String.join(", ", useCases)).append(" | ")
          .append(implemented == list.size() ? "yes" : implemented == 0 ? "no" : implemented + " of " + list.size())
          .append(" | ").append(identical == list.size() ? "yes" : identical + " of " + list.size() + " scenarios")
          .append(" |\n");
    }
    return b.toString();
  }
}

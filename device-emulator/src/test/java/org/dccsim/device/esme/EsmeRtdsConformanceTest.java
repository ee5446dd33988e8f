package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.SecurityEvent;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.SensitivePayloadParties;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.junit.jupiter.api.Test;

/**
 * The judge of the ESME: every RTDS scenario whose command goes to an ESME is driven into an
 * emulated ESME standing in for the RTDS's, and its response compared with the RTDS response.
 *
 * <p>State is seeded from the RTDS response through the meter's own API: what a get or a
 * protected read answers is pinned (values read from the RTDS file at test time), an error result
 * is injected as a fault on the access that failed. Sets and actions are not seeded: they run on
 * the object model and must succeed by themselves. The clock stands at the RTDS date-time.
 * Future-dated work is held back (its 8F66 alerts are {@link EsmeFutureDatedTest}'s).
 *
 * <p>Compared: the header (CRA, counter, originator, recipient, message code, date-time), the
 * validity of our MAC or signature, the payload with sealed octet strings masked, and the
 * decrypted plaintexts. Per scenario: identical, differs (the first difference), or not
 * implemented (why). With {@code -Ddccsim.writeDocs=true} the table goes to
 * docs/device-conformance-esme.md; otherwise the identical count must not fall below the floor.
 */
class EsmeRtdsConformanceTest {

  /** Identical scenarios when this test was last extended: it must not go down. */
  private static final int FLOOR = 262;

  /**
   * RTDS use cases of a polyphase meter's second and third phases, and of a twin element meter's
   * secondary element (besides the TWIN scenarios): the meter of the scenario has those objects.
   */
  private static final Set<String> POLYPHASE = Set.of("ECS23b", "ECS26k", "ECS29b", "ECS29d", "ECS29f");
  private static final Set<String> TWIN = Set.of("ECS01c", "ECS01d", "ECS17c", "ECS24b");

  private static final RtdsDeviceBench BENCH = SharedBench.BENCH;
  private static final DeviceServices CIPHER = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> {});

  enum Verdict { IDENTICAL, DIFFERS, NOT_IMPLEMENTED }

  /**
   * @param seeded accesses answered from the RTDS response (pins and faults)
   * @param executed accesses the meter executed on its own object model (sets, actions, reads of
   *     state it holds)
   */
  record Outcome(String folder, String scenario, Verdict verdict, String why, int seeded, int executed) {

    Outcome(String folder, String scenario, Verdict verdict, String why) {
      this(folder, scenario, verdict, why, 0, 0);
    }
  }

  @Test
  void everyRtdsEsmeCommandIsAnsweredAsTheRtdsResponseIs() throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    for (RtdsFile file : RtdsFiles.all()) {
      if (!file.isCommand()) {
        continue;
      }
      GeneralSigningApdu command = apdu(file.bytes());
      Eui64 recipient = command.recipient();
      if (!recipient.equals(RtdsDeviceBench.ESME) && !recipient.equals(RtdsDeviceBench.APC_ESME)) {
        continue;
      }
      outcomes.add(judge(file, command));
    }

    String table = table(outcomes);
    Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/device-conformance-esme.md").normalize();
    if (Boolean.getBoolean("dccsim.writeDocs")) {
      Files.writeString(doc, table, StandardCharsets.UTF_8);
    }
    long identical = outcomes.stream().filter(o -> o.verdict() == Verdict.IDENTICAL).count();
    assertThat(outcomes).as("RTDS scenarios addressed to an ESME").hasSizeGreaterThan(250);
    assertThat(identical).as("identical scenarios; see docs/device-conformance-esme.md").isGreaterThanOrEqualTo(FLOOR);
  }

  private Outcome judge(RtdsFile file, GeneralSigningApdu command) {
    String scenario = scenario(file);
    String folder = file.folder();
    Optional<RtdsFile> responseFile = RtdsFiles.all().stream()
        .filter(f -> f.folder().equals(folder) && f.name().equals(file.name().replace("_COMMAND_", "_RESPONSE_")))
        .findFirst();
    if (responseFile.isEmpty()) {
      return new Outcome(folder, scenario, Verdict.NOT_IMPLEMENTED, "no RTDS response");
    }
    ByteSlice content = command.content();
    if (content.length() == 0 || content.get(0) != AccessRequest.TAG) {
      return new Outcome(folder, scenario, Verdict.NOT_IMPLEMENTED,
          "ASN.1 DER payload: a use case shared by all devices (credentials, HAN joins, firmware), "
              + "judged by HanRtdsConformanceTest (device-conformance-han.md)");
    }
    GeneralSigningApdu expected = apdu(responseFile.get().bytes());
    AccessRequest request;
    AccessResponse rtds;
    try {
      request = DlmsCodec.decodeAccessRequest(content);
      rtds = DlmsCodec.decodeAccessResponse(expected.content());
    } catch (GbcsCodecException e) {
      throw new AssertionError(file + ": " + e.getMessage(), e);
    }

    Esme esme = new Esme(command.recipient(), BENCH.anchors(), variant(file, scenario));
    // the meter's own originator counter, where the response shows it (URP)
    expected.header().otherInformation().supplementaryOriginatorCounter().ifPresent(c -> esme.setAlertCounter(c - 1));
    int seeded;
    try {
      seeded = seed(esme, request, rtds, expected);
    } catch (IllegalArgumentException e) {
      return new Outcome(folder, scenario, Verdict.NOT_IMPLEMENTED, e.getMessage());
    }
    List<byte[]> alerts = new ArrayList<>();
    List<Runnable> later = new ArrayList<>();
    DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m))
        .withScheduler((at, task) -> later.add(task));

    Optional<byte[]> ours = esme.receive(forOurMeter(file, command, request, rtds), services);
    if (ours.isEmpty()) {
      List<SecurityEvent> log = esme.securityLog();
      return new Outcome(folder, scenario, Verdict.DIFFERS,
          "no response: " + (log.isEmpty() ? "?" : log.get(log.size() - 1).reason()));
    }
    String why = differences(BENCH.inspectOurs(ours.get()), BENCH.inspectRtds(responseFile.get().bytes()), request);
    return new Outcome(folder, scenario, why.isEmpty() ? Verdict.IDENTICAL : Verdict.DIFFERS, why, seeded,
        request.specs().size() - seeded);
  }

  /** The first difference; empty when the responses agree. */
  private static String differences(ObjectNode ours, ObjectNode rtds, AccessRequest request) {
    String header = firstDifference("header", ours.get("header"), rtds.get("header"));
    if (header != null) {
      return header;
    }
    String mac = ours.at("/mac/status").asText();
    String signature = ours.at("/signature/status").asText();
    if (!"valid".equals(mac) && !"valid".equals(signature)) {
      return "our protection: mac " + mac + ", signature " + signature;
    }
    JsonNode ourPayload = masked(ours.get("payload"), request);
    JsonNode rtdsPayload = masked(rtds.get("payload"), request);
    String payload = firstDifference("payload", ourPayload, rtdsPayload);
    if (payload != null) {
      return payload;
    }
    String plaintexts = firstDifference("plaintext", plaintexts(ours), plaintexts(rtds));
    return plaintexts == null ? "" : plaintexts;
  }

  // ------------------------------------------------------------------ seeding

  /** Pins what the RTDS response read, and faults what it failed; how many accesses it seeded. */
  private static int seed(Esme esme, AccessRequest request, AccessResponse rtds, GeneralSigningApdu expected) {
    List<AccessRequestSpec> specs = request.specs();
    int seeded = 0;
    for (int i = 0; i < specs.size() && i < rtds.results().size(); i++) {
      AccessRequestSpec spec = specs.get(i);
      CosemDescriptor d = spec.descriptor();
      int code = rtds.results().get(i).code();
      boolean action = spec.kind() == AccessSpecKind.ACTION;
      if (code == 250) {
        continue; // not attempted after the failure: the meter's own break-on-error answers it
      }
      if (code != 0) {
        seeded++;
        if (action) {
          esme.faults().failMethod(d, code);
        } else {
          esme.faults().failAttribute(d, code);
        }
        continue;
      }
      if (spec.kind() == AccessSpecKind.GET || spec.kind() == AccessSpecKind.GET_WITH_SELECTION) {
        if (pinUnlessAnswered(esme, d, spec.selectiveAccess().orElse(null), rtds.data().get(i))) {
          seeded++;
        }
      } else if (action && d.classId() == 30) {
        if (pinProtected(esme, request.data().get(i), rtds.data().get(i), expected)) {
          seeded++;
        }
      }
    }
    return seeded;
  }

  /**
   * Pins {@code value} on an attribute unless the meter, unseeded, already answers it (its own
   * state or consumption model); whether it pinned.
   */
  private static boolean pinUnlessAnswered(Esme esme, CosemDescriptor d, SelectiveAccess access, DlmsData value) {
    try {
      // as the meter would answer it unseeded, at the RTDS time
      CosemContext own = new CosemContext(esme.cosemEngine(), CIPHER, RtdsDeviceBench.RTDS_TIME, null);
      if (value.equals(esme.cosemEngine().get(esme, d, access, own))) {
        return false;
      }
    } catch (CosemAccessException e) {
      // the meter cannot answer it by itself: pin
    }
    esme.pins().pin(d, value);
    return true;
  }

  /** A protected read: the RTDS device's values, decrypted, pinned on the attributes it names; whether any was. */
  private static boolean pinProtected(Esme esme, DlmsData parameter, DlmsData answer,
      GeneralSigningApdu expected) {
    List<DlmsData> objects = ((DlmsData.DlmsArray) ((Structure) parameter).elements().get(0)).elements();
    OctetString sealed = (OctetString) ((Structure) answer).elements().get(1);
    DlmsData values;
    try {
      // keyed as GBCS keys it: the supplementary party and counter where the header names them (URP)
      SensitivePayloadParties applied = SensitivePayloadParties.of(expected.header());
      byte[] plain = null;
      for (PrivateKey key : BENCH.organisationKeys(applied.recipient(), KeyUsage.KEY_AGREEMENT)) {
        try {
          plain = CIPHER.payloadCipher().decrypt(sealed.value(), applied.originator(), applied.counter(),
              applied.recipient(), key, BENCH.rtdsDeviceKey(applied.originator(), KeyUsage.KEY_AGREEMENT));
          break;
        } catch (GbcsSecurityException e) {
          // another of the organisation's key agreement keys
        }
      }
      if (plain == null) {
        return false; // the test material holds no key that opens them: nothing to seed, the plaintexts will tell
      }
      values = DlmsCodec.decodeData(ByteSlice.copyOf(plain));
    } catch (GbcsCodecException e) {
      throw new AssertionError("cannot read the RTDS protected values: " + e.getMessage(), e);
    }
    List<DlmsData> elements = ((Structure) values).elements();
    boolean pinned = false;
    for (int j = 0; j < objects.size(); j++) {
      List<DlmsData> entry = ((Structure) objects.get(j)).elements();
      CosemDescriptor d = new CosemDescriptor((int) ((IntegerValue) entry.get(0)).value(),
          ObisCode.of(((OctetString) entry.get(1)).value().toByteArray(), 0),
          (int) ((IntegerValue) entry.get(2)).value());
      Structure selection = (Structure) entry.get(4);
      long selector = ((IntegerValue) selection.elements().get(0)).value();
      SelectiveAccess access = selector == 0 ? null : new SelectiveAccess((int) selector, selection.elements().get(1));
      pinned |= pinUnlessAnswered(esme, d, access, elements.get(j));
    }
    return pinned;
  }

  /**
   * The RTDS command MACed for our meter; a successful top-up with its UTRN re-minted for our
   * meter's key (same value class, value and counter), since the meter checks its MAC.
   */
  private static byte[] forOurMeter(RtdsFile file, GeneralSigningApdu command, AccessRequest request,
      AccessResponse rtds) {
    List<DlmsData> data = new ArrayList<>(request.data());
    boolean reminted = false;
    for (int i = 0; i < request.specs().size() && i < rtds.results().size(); i++) {
      CosemDescriptor d = request.specs().get(i).descriptor();
      if (request.specs().get(i).kind() == AccessSpecKind.ACTION && d.classId() == 115 && d.id() == 1
          && rtds.results().get(i).code() == 0) {
        try {
          Utrn utrn = Utrn.parse(((OctetString) data.get(i)).value());
          data.set(i, new OctetString(OurUtrns.mint(BENCH, command.recipient(), utrn.valueClass(), utrn.value(),
              utrn.truncatedCounter())));
          reminted = true;
        } catch (GbcsCodecException e) {
          throw new AssertionError(file + ": unreadable UTRN", e);
        }
      }
    }
    if (!reminted) {
      return BENCH.forOurDevice(file.bytes());
    }
    byte[] content = DlmsCodec.encode(new AccessRequest(request.longInvokeIdAndPriority(), request.dateTime(),
        request.specs(), data));
    GeneralSigningApdu apdu = GeneralSigningApdu.create(command.header(), content, SignatureField.NULL);
    return CIPHER.mac().wrap(apdu, BENCH.organisationKey(RtdsDeviceBench.ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(command.recipient(), KeyUsage.KEY_AGREEMENT));
  }

  // ------------------------------------------------------------------ comparing

  /** The payload with the sealed octet strings of protected reads masked: they are ours and theirs. */
  private static JsonNode masked(JsonNode payload, AccessRequest request) {
    JsonNode copy = payload.deepCopy();
    for (int i = 0; i < request.specs().size(); i++) {
      if (request.specs().get(i).descriptor().classId() == 30) {
        JsonNode sealed = copy.at("/data/" + i + "/elements/1");
        if (sealed instanceof ObjectNode o && o.has("hex")) {
          o.set("hex", TextNode.valueOf("<sealed>"));
        }
      }
    }
    return copy;
  }

  private static JsonNode plaintexts(ObjectNode inspected) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode part : inspected.at("/decryption/parts")) {
      out.add(part.get("plaintext"));
    }
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(out);
  }

  /** The path and values of the first difference between two JSON trees; null when equal. */
  static String firstDifference(String path, JsonNode ours, JsonNode theirs) {
    if (ours == null || theirs == null) {
      return ours == theirs ? null : path + ": " + abbreviate(ours) + " vs RTDS " + abbreviate(theirs);
    }
    if (ours.equals(theirs)) {
      return null;
    }
    if (ours.isObject() && theirs.isObject()) {
      Iterator<String> names = theirs.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        String d = firstDifference(path + "/" + n, ours.get(n), theirs.get(n));
        if (d != null) {
          return d;
        }
      }
      Iterator<String> ourNames = ours.fieldNames();
      while (ourNames.hasNext()) {
        String n = ourNames.next();
        if (!theirs.has(n)) {
          return path + "/" + n + ": " + abbreviate(ours.get(n)) + " vs RTDS absent";
        }
      }
    } else if (ours.isArray() && theirs.isArray() && ours.size() == theirs.size()) {
      for (int i = 0; i < ours.size(); i++) {
        String d = firstDifference(path + "/" + i, ours.get(i), theirs.get(i));
        if (d != null) {
          return d;
        }
      }
    }
    return path + ": " + abbreviate(ours) + " vs RTDS " + abbreviate(theirs);
  }

  private static String abbreviate(JsonNode n) {
    String s = String.valueOf(n);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  // ------------------------------------------------------------------ reporting

  private static String table(List<Outcome> outcomes) {
    Map<String, List<Outcome>> byFolder = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      byFolder.computeIfAbsent(o.folder(), f -> new ArrayList<>()).add(o);
    }
    long identical = outcomes.stream().filter(o -> o.verdict() == Verdict.IDENTICAL).count();
    long notImplemented = outcomes.stream().filter(o -> o.verdict() == Verdict.NOT_IMPLEMENTED).count();
    long foldersIdentical = byFolder.values().stream()
        .filter(l -> l.stream().allMatch(o -> o.verdict() == Verdict.IDENTICAL)).count();
    StringBuilder b = new StringBuilder();
    b.append("# Device conformance: ESME\n\n")
        .append("Written by `EsmeRtdsConformanceTest` (device-emulator) with `-Ddccsim.writeDocs=true`. Every RTDS\n")
        .append("scenario whose COMMAND goes to an ESME is driven into an emulated ESME standing in for the RTDS's;\n")
        .append("what the RTDS RESPONSE reads is pinned on the meter and what it failed is injected as a fault,\n")
        .append("sets and actions run on the meter's object model; then header, payload (sealed parts masked)\n")
        .append("and decrypted plaintexts are compared. Signatures, MACs and ciphertexts are ours.\n\n")
        .append(String.format(
            "Scenarios: %d; identical %d, differing %d, not judged here %d (the shared DER use cases, judged in "
                + "device-conformance-han.md). Folders: %d, all identical %d.%n%n",
            outcomes.size(), identical, outcomes.size() - identical - notImplemented, notImplemented, byFolder.size(),
            foldersIdentical))
        .append(String.format("Accesses (specifications of the Access-Requests): %d seeded from the RTDS response"
            + " (reads pinned, failures injected), %d executed by the meter on its own state.%n%n",
            outcomes.stream().mapToInt(Outcome::seeded).sum(), outcomes.stream().mapToInt(Outcome::executed).sum()))
        .append("| folder | use case | scenarios | identical | accesses seeded / executed ")
        .append("| differs / not implemented |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, List<Outcome>> e : byFolder.entrySet()) {
      List<Outcome> l = e.getValue();
      long same = l.stream().filter(o -> o.verdict() == Verdict.IDENTICAL).count();
      StringBuilder notes = new StringBuilder();
      List<Outcome> others = l.stream().filter(o -> o.verdict() != Verdict.IDENTICAL).toList();
      boolean alike = others.size() > 1 && others.stream()
          .allMatch(o -> o.verdict() == others.get(0).verdict() && o.why().equals(others.get(0).why()));
      for (Outcome o : alike ? others.subList(0, 1) : others) {
        notes.append(notes.length() == 0 ? "" : "; ").append(alike ? "all " + others.size() : o.scenario())
            .append(": ").append(o.verdict() == Verdict.DIFFERS ? "differs, " : "not judged here, ")
            .append(o.why().replace("|", "\\|"));
      }
      b.append("| ").append(e.getKey()).append(" | ").append(e.getKey().substring(e.getKey().indexOf('_') + 1))
          .append(" | ").append(l.size()).append(" | ").append(same).append(" | ")
          .append(l.stream().mapToInt(Outcome::seeded).sum()).append(" / ")
          .append(l.stream().mapToInt(Outcome::executed).sum()).append(" | ").append(notes).append(" |\n");
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ RTDS files

  private static String scenario(RtdsFile file) {
    String n = file.name();
    String[] parts = n.split("_", 3);
    String rest = parts.length == 3 ? parts[2] : n;
    int end = rest.indexOf("_COMMAND");
    return end < 0 ? rest : rest.substring(0, end);
  }

  /** The meter an RTDS scenario was taken from. */
  static EsmeVariant variantOf(RtdsFile file) {
    return variant(file, scenario(file));
  }

  private static EsmeVariant variant(RtdsFile file, String scenario) {
    if (POLYPHASE.contains(file.useCaseFolder())) {
      return EsmeVariant.POLYPHASE;
    }
    return scenario.contains("TWIN") || TWIN.contains(file.useCaseFolder()) ? EsmeVariant.TWIN_ELEMENT
        : EsmeVariant.SINGLE_ELEMENT;
  }

  private static GeneralSigningApdu apdu(byte[] bytes) {
    try {
      return bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(bytes).apdu()
          : GbcsCodec.decodeApdu(bytes);
    } catch (GbcsCodecException e) {
      throw new AssertionError("unreadable RTDS file: " + e.getMessage(), e);
    }
  }
}

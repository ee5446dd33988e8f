package org.dccsim.device.gsme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.common.DeviceJoins;
import org.dccsim.device.common.HanRtdsConformanceTest;
import org.dccsim.device.gpf.Gpf;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.device.zcl.ZclAttributeRef;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclFaults;
import org.dccsim.device.zcl.ZclPins;
import org.dccsim.device.zcl.ZclResponse;
import org.dccsim.device.zcl.ZclStatus;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzComponentCipher;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.GeneralCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclValue;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.security.SensitivePayloadParties;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsKeys;
import org.dccsim.gbcs.usecase.MessageType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.junit.jupiter.api.Test;

/**
 * The judge of the gas devices: every RTDS command to the GSME or the GPF is driven into our
 * emulated device, with the state the RTDS response shows seeded through the device's own API
 * (pins for read values, faults for error statuses, pinned answers for queries, typed setters
 * for credit and clock), and our response compared with the RTDS's: header, payload (ciphered
 * bytes aside) and decrypted plaintexts; for future-dated commands also the 8F66 alerts. With
 * {@code -Ddccsim.writeDocs=true} it writes docs/device-conformance-gas.md.
 */
class GasRtdsConformanceTest {

  /** Scenarios answered identically; the floor this suite must not fall below. */
  private static final int FLOOR = 147;

  /** Why the scenarios that still differ do: where the RTDS contradicts itself. */
  private static final Map<String, String> REASONS = Map.of(
      "GCS05_2.1_FUTURE_DATED_SUCCESS", "[?] the RTDS 8F66 alerts give frame control 01 for the Publish Calendar and "
          + "Publish Special Days sent with 09; those of GCS01a give 09 for the same commands, as dccsim does",
      "GCS20r_6.2.10_ERROR", "[?] the RTDS answers this command flagged server to client with a Default Response "
          + "also flagged server to client; every other RTDS Default Response travels against its command, as "
          + "dccsim's do");

  private static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();
  private static final GbzComponentCipher RTDS_CIPHER = new GbzComponentCipher(new SensitivePayloadCipher(
      new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 16))));

  private record Outcome(String folder, String scenario, String verdict, String why, String seeded) {
    Outcome(String folder, String scenario, String verdict, String why) {
      this(folder, scenario, verdict, why, "");
    }
  }

  /** What the judge seeded a scenario with, for the report: reads pinned are not effects proven. */
  private static final class Seeding {
    int pins;
    int faults;
    int answers;
    final List<String> setters = new ArrayList<>();

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      if (pins > 0) {
        parts.add(pins + " pin" + (pins > 1 ? "s" : ""));
      }
      if (faults > 0) {
        parts.add(faults + " fault" + (faults > 1 ? "s" : ""));
      }
      if (answers > 0) {
        parts.add(answers + " answer" + (answers > 1 ? "s" : ""));
      }
      parts.addAll(setters);
      return parts.isEmpty() ? "state" : String.join(", ", parts);
    }
  }

  @Test
  void answersEveryGasRtdsCommandAsTheRtdsResponseDoes() throws Exception {
    List<Outcome> outcomes = new ArrayList<>();
    for (RtdsFiles.RtdsFile command : RtdsFiles.all()) {
      if (!command.isCommand() || command.isPreCommand()) {
        continue;
      }
      GbcsMessage m = GbcsCodec.decode(command.bytes());
      Eui64 recipient = m.apdu().recipient();
      if (!recipient.equals(RtdsDeviceBench.GSME) && !recipient.equals(RtdsDeviceBench.GPF)) {
        continue;
      }
      String responseName = command.name().replace("_COMMAND_", "_RESPONSE_");
      Optional<RtdsFiles.RtdsFile> response = RtdsFiles.all().stream()
          .filter(f -> f.folder().equals(command.folder()) && f.name().equals(responseName)).findFirst();
      if (response.isEmpty()) {
        continue;
      }
      outcomes.add(run(command, response.get(), recipient));
    }
    report(outcomes);
    long identical = outcomes.stream().filter(o -> o.verdict().equals("identical")).count();
    assertThat(outcomes).hasSizeGreaterThan(100);
    assertThat(identical).isGreaterThanOrEqualTo(FLOOR);
  }

  private Outcome run(RtdsFiles.RtdsFile commandFile, RtdsFiles.RtdsFile responseFile, Eui64 recipient)
      throws Exception {
    String scenario = commandFile.name().replace("_COMMAND_GBCS.HEX", "");
    List<byte[]> alerts = new CopyOnWriteArrayList<>();
    List<Runnable> later = new ArrayList<>();
    DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, msg) -> alerts.add(msg))
        .withScheduler((at, task) -> later.add(task));
    GbcsMessage command = GbcsCodec.decode(commandFile.bytes());
    GbcsMessage expected = GbcsCodec.decode(responseFile.bytes());
    EmulatedDevice device = recipient.equals(RtdsDeviceBench.GSME)
        ? new Gsme(recipient, BENCH.anchors())
        : new Gpf(recipient, BENCH.anchors());
    int code = command.apdu().header().otherInformation().messageCode();
    if (HanRtdsConformanceTest.SHARED_FOLDERS.contains(commandFile.folder())) {
      return new Outcome(commandFile.folder(), scenario, "not judged here",
          "a use case shared by all devices, judged by HanRtdsConformanceTest (device-conformance-han.md)");
    }
    if (device.useCases().forCode(code).isEmpty()) {
      return new Outcome(commandFile.folder(), scenario, "not implemented", "no use case " + hex(code));
    }
    byte[] toDevice = BENCH.forOurDevice(commandFile.bytes());
    Seeding seeding = new Seeding();
    if (BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, msg) -> { }).messageCodes().byCode(code)
        .filter(c -> c.type() == MessageType.HAN_COMMAND).isPresent()) {
      // a HAN-only command comes from a device joined to the meter: the PPMID, with our PPMID's certificate
      DeviceJoins.join(device, command.apdu().originator(), GbcsDeviceType.PPMID, EncodedCertificate.of(
          BENCH.keyring().certificate(command.apdu().originator(), KeyUsage.KEY_AGREEMENT).orElseThrow()));
      seeding.setters.add("PPMID joined");
    }
    if (org.dccsim.gbcs.asn1.DerPayloadCodec.carriesDer(code)) {
      seedDer(device, expected, seeding);
    } else if (GbzCodec.decode(expected.apdu().content()) instanceof GbzPayload.UseCase rtdsReplies
        && GbzCodec.decode(command.apdu().content()) instanceof GbzPayload.UseCase commands) {
      toDevice = seed(device, command, toDevice, commands, rtdsReplies, expected, seeding,
          scenario.contains("_ERROR"));
    } else {
      return new Outcome(commandFile.folder(), scenario, "not implemented", "neither GBZ nor DER");
    }

    Optional<byte[]> answer = device.receive(toDevice, services);
    if (answer.isEmpty()) {
      return new Outcome(commandFile.folder(), scenario, "differs", "no response: " + device.securityLog(),
          seeding.toString());
    }
    ObjectNode ours = BENCH.inspectOurs(answer.get());
    ObjectNode rtds = BENCH.inspectRtds(responseFile.bytes());
    List<String> why = new ArrayList<>();
    if (!ours.get("header").equals(rtds.get("header"))) {
      why.add("header " + ours.get("header") + " vs " + rtds.get("header"));
    }
    if (!withoutCiphers(ours.get("payload")).equals(withoutCiphers(rtds.get("payload")))) {
      why.add("payload " + abbreviate(ours.get("payload")) + " vs " + abbreviate(rtds.get("payload")));
    }
    if (!plaintexts(ours).equals(plaintexts(rtds))) {
      why.add("plaintext " + abbreviate(plaintexts(ours)) + " vs " + abbreviate(plaintexts(rtds)));
    }
    later.forEach(Runnable::run);
    if (scenario.contains("FUTURE_DATED") && scenario.contains("SUCCESS")) {
      compareAlerts(commandFile, scenario, alerts, why); // the RTDS shows the outcome of successes only
    }
    return new Outcome(commandFile.folder(), scenario, why.isEmpty() ? "identical" : "differs",
        String.join("; ", why), seeding.toString());
  }

  /**
   * Seeds the device with what the RTDS response shows, through its pins, faults and setters; may
   * re-mint a top-up code for our meter's keys (returning the command to send).
   */
  private byte[] seed(EmulatedDevice device, GbcsMessage command, byte[] toDevice, GbzPayload.UseCase commands,
      GbzPayload.UseCase replies, GbcsMessage expected, Seeding seeding, boolean errorScenario) throws Exception {
    ZclPins<?> pins = device instanceof Gsme g ? g.pins() : ((Gpf) device).pins();
    ZclFaults<?> faults = device instanceof Gsme g ? g.faults() : ((Gpf) device).faults();
    // a URP response carries the device's next originator counter
    expected.apdu().header().otherInformation().supplementaryOriginatorCounter().ifPresent(c -> {
      device.setAlertCounter(c - 1);
      seeding.setters.add("originator counter");
    });
    expected.apdu().header().dateTime().ifPresent(t -> {
      if (t.status() != 0xFF) {
        seeding.setters.add("clock status " + Integer.toHexString(t.status()));
      }
      if (device instanceof Gsme g) {
        g.setClockStatus(t.status());
      } else {
        ((Gpf) device).setClockStatus(t.status());
      }
      Instant at = t.localDateTime().orElseThrow().toInstant(java.time.ZoneOffset.UTC);
      if (!at.equals(RtdsDeviceBench.RTDS_TIME)) {
        seeding.setters.add("clock drift");
      }
      device.setCondition(device.condition().withClockDrift(Duration.between(RtdsDeviceBench.RTDS_TIME, at)));
    });
    Map<Integer, List<ZclResponse>> answers = new LinkedHashMap<>();
    int r = 0;
    List<GbzComponent> sent = commands.components();
    for (int i = 0; i < sent.size(); i++) {
      GbzComponent c = sent.get(i);
      ZclCommandRef ref = ZclCommandRef.of(c.clusterId(), c.header());
      // the replies to component i: every reply of its sequence number
      List<ZclCommand> mine = new ArrayList<>();
      List<GbzComponent> mineComponents = new ArrayList<>();
      while (r < replies.components().size() && replies.components().get(r).header().sequence() == c.header().sequence()) {
        GbzComponent reply = replies.components().get(r++);
        mine.add(plain(reply, expected));
        mineComponents.add(reply);
      }
      for (int k = 0; k < mine.size(); k++) {
        ZclCommand reply = mine.get(k);
        if (reply == null) {
          continue;
        }
        if (reply instanceof GeneralCommands.ReadAttributesResponse read) {
          for (GeneralCommands.AttributeRecord a : read.records()) {
            ZclAttributeRef attr = new ZclAttributeRef(c.clusterId(), a.attributeId());
            if (a.value().isPresent()) {
              try {
                pins.pin(attr, a.value().get());
                seeding.pins++;
              } catch (IllegalArgumentException notInModel) {
                // left to differ
              }
            } else if (a.status() != ZclStatus.UNSUPPORTED_ATTRIBUTE) {
              faults.fail(attr, a.status());
              seeding.faults++;
            }
          }
        } else if (reply instanceof GeneralCommands.DefaultResponse d) {
          if (d.status() != ZclStatus.SUCCESS && d.answeredCommandId() != ZclStatus.NOT_EXECUTED_COMMAND
              && d.status() != ZclStatus.NOT_FOUND) {
            int before = (int) sent.subList(0, i).stream()
                .filter(x -> ZclCommandRef.of(x.clusterId(), x.header()).equals(ref)).count();
            faults.failAfter(ref, before, d.status()); // the earlier ones of the same command succeeded
            seeding.faults++;
          }
        } else if (reply instanceof PrepaymentCommands.ChangePaymentModeResponse p && device instanceof Gsme g) {
          pins.pin(GasAttributes.EMERGENCY_CREDIT_LIMIT, new ZclValue.Fixed(ZclValue.UINT32, p.emergencyCreditLimit()));
          pins.pin(GasAttributes.EMERGENCY_CREDIT_THRESHOLD,
              new ZclValue.Fixed(ZclValue.UINT32, p.emergencyCreditThreshold()));
          seeding.pins += 2;
        } else if (reply instanceof PrepaymentCommands.ConsumerTopUpResponse t && device instanceof Gsme g) {
          if (t.resultType() == TopUp.ACCEPTED) {
            g.setCreditRemaining((long) t.creditRemaining() - t.topUpValue());
            toDevice = remintTopUp(command, c);
            seeding.setters.add("credit; UTRN re-minted for our meter's key");
          }
        } else if (reply.clusterSpecific()) {
          answers.computeIfAbsent(i, x -> new ArrayList<>())
              .add(new ZclResponse(reply, mineComponents.get(k).header().defaultResponseDisabled()));
        }
      }
    }
    for (Map.Entry<Integer, List<ZclResponse>> a : answers.entrySet()) {
      GbzComponent c = sent.get(a.getKey());
      try {
        pins.answer(ZclCommandRef.of(c.clusterId(), c.header()), c.command().orElseThrow(), a.getValue());
        seeding.answers++;
      } catch (IllegalArgumentException notAQuery) {
        // a command whose reply comes from state: left to the device, unless the RTDS shows it failing
        if (errorScenario) {
          faults.answerWithoutExecuting(ZclCommandRef.of(c.clusterId(), c.header()), a.getValue());
          seeding.faults++;
        }
      }
    }
    return toDevice;
  }

  /** A DER use case's state: the GSME's clock as the Set Time response shows it. */
  private static void seedDer(EmulatedDevice device, GbcsMessage expected, Seeding seeding) throws Exception {
    if (org.dccsim.gbcs.asn1.DerPayloadCodec.decode(expected.apdu()).payload()
        instanceof org.dccsim.gbcs.asn1.SetTime.Response r && !r.deviceTime().equals(RtdsDeviceBench.RTDS_TIME)) {
      device.setCondition(device.condition().withClockDrift(Duration.between(RtdsDeviceBench.RTDS_TIME, r.deviceTime())));
      seeding.setters.add("clock drift");
    }
  }

  /** The RTDS top-up re-minted for our meter's keys: same value, class and truncated counter. */
  private static byte[] remintTopUp(GbcsMessage command, GbzComponent component) throws Exception {
    PrepaymentCommands.ConsumerTopUp t = (PrepaymentCommands.ConsumerTopUp) component.command().orElseThrow();
    Utrn utrn = Utrn.parse(t.topUpCode());
    byte[] z = new EcdhP256(CryptoProvider.BC).sharedSecret(
        BENCH.organisationKey(RtdsDeviceBench.SUPPLIER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(RtdsDeviceBench.GSME, KeyUsage.KEY_AGREEMENT));
    // a fresh meter's last UTRN counter is 0, so a truncated counter of 0 stands for the next one ending in it
    long counter = utrn.truncatedCounter() == 0 ? 0x400 : utrn.truncatedCounter();
    String code = Utrn.mint(utrn.valueClass(), utrn.value(), counter << 32,
        RtdsDeviceBench.SUPPLIER, RtdsDeviceBench.GSME, z);
    GbzComponent replaced = GbzComponent.of(component.clusterId(), component.header(),
        new PrepaymentCommands.ConsumerTopUp(t.originatingDevice(), Utrn.ascii(code)));
    GeneralSigningApdu apdu = GeneralSigningApdu.create(command.apdu().header(),
        GbzCodec.encode(GbzPayload.UseCase.of(replaced)), SignatureField.NULL);
    return BENCH.macForOurDevice(apdu);
  }

  /** A reply of the RTDS response, decrypted with the RTDS keys where it is encrypted; null if none opens it. */
  private static ZclCommand plain(GbzComponent reply, GbcsMessage expected) throws Exception {
    if (reply.command().isPresent()) {
      return reply.command().get();
    }
    SensitivePayloadParties parties = SensitivePayloadParties.of(expected.apdu().header());
    // whoever it was encrypted for (recipient or supplementary remote party) and by (the RTDS GPF
    // answers with the GSME's key as well as its own): try the pairs the RTDS publishes keys of
    List<Eui64> parts = new ArrayList<>(List.of(expected.apdu().recipient(), expected.apdu().originator(),
        RtdsDeviceBench.GSME, RtdsDeviceBench.GPF));
    expected.apdu().header().otherInformation().supplementaryRemotePartyId().ifPresent(parts::add);
    for (Eui64 one : parts) {
      for (Eui64 other : parts) {
        Optional<java.security.PrivateKey> local = RtdsKeys.privateKey(one, RtdsKeys.Usage.KA);
        Optional<java.security.PublicKey> peer = RtdsKeys.publicKey(other, RtdsKeys.Usage.KA);
        if (one.equals(other) || local.isEmpty() || peer.isEmpty()) {
          continue;
        }
        try {
          return RTDS_CIPHER.decrypt(reply, parties, local.get(), peer.get());
        } catch (org.dccsim.gbcs.security.GbcsSecurityException e) {
          // another pair
        }
      }
    }
    return null; // the RTDS published no key that opens it: nothing to seed from
  }

  private static void compareAlerts(RtdsFiles.RtdsFile command, String scenario, List<byte[]> alerts, List<String> why) {
    String stem = scenario.substring(scenario.indexOf('_', scenario.indexOf('_') + 1) + 1);
    List<JsonNode> expected = new ArrayList<>();
    for (RtdsFiles.RtdsFile f : RtdsFiles.all()) {
      if (f.folder().equals(command.folder()) && f.isAlert() && f.name().contains("_8F66_" + stem + "_ALERT")) {
        expected.add(BENCH.inspectRtds(f.bytes()).get("payload"));
      }
    }
    List<JsonNode> ours = alerts.stream().map(a -> (JsonNode) BENCH.inspectOurs(a).get("payload")).toList();
    if (!new java.util.HashSet<>(ours).equals(new java.util.HashSet<>(expected)) || ours.size() != expected.size()) {
      why.add("alerts " + ours.size() + " of ours vs " + expected.size() + " RTDS 8F66");
    }
  }

  private static JsonNode withoutCiphers(JsonNode payload) {
    JsonNode copy = payload.deepCopy();
    if (copy.get("components") instanceof ArrayNode a) {
      for (JsonNode c : a) {
        if (c.get("content") instanceof ObjectNode content && content.has("cipheredInformation")) {
          content.remove("cipheredInformation");
        }
      }
    }
    return copy;
  }

  private static List<JsonNode> plaintexts(ObjectNode inspected) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode parts = inspected.at("/decryption/parts");
    if (parts.isArray()) {
      parts.forEach(p -> out.add(p.get("plaintext") == null ? p : p.get("plaintext")));
    }
    return out;
  }

  private static String abbreviate(Object json) {
    String s = String.valueOf(json);
    return s.length() > 20000 ? s.substring(0, 20000) + "…" : s;
  }

  private static String hex(int code) {
    return String.format("0x%04X", code);
  }

  private static void report(List<Outcome> outcomes) throws IOException {
    Map<String, List<Outcome>> byFolder = new TreeMap<>();
    outcomes.stream().filter(o -> !o.verdict().equals("not judged here")).forEach(o -> byFolder.computeIfAbsent(o.folder(), f -> new ArrayList<>()).add(o));
    long identical = outcomes.stream().filter(o -> o.verdict().equals("identical")).count();
    long notImplemented = outcomes.stream().filter(o -> o.verdict().equals("not implemented")).count();
    long notJudged = outcomes.stream().filter(o -> o.verdict().equals("not judged here")).count();
    long foldersIdentical = byFolder.values().stream()
        .filter(l -> l.stream().allMatch(o -> o.verdict().equals("identical"))).count();
    StringBuilder md = new StringBuilder();
    md.append("# Device conformance: gas (GSME, GPF)\n\n")
        .append("Generated by `GasRtdsConformanceTest` (`-Ddccsim.writeDocs=true`). Every RTDS 4.5.0 command to the ")
        .append("GSME or the GPF is driven into our emulated device, seeded from the RTDS response through the ")
        .append("device's own API, and our response compared with the RTDS's (header, payload, decrypted ")
        .append("plaintexts, 8F66 alerts of future-dated commands).\n\n")
        .append(String.format("Scenarios: %d identical, %d differ, %d not implemented, of %d; %d more are of use "
            + "cases shared by all devices, judged in device-conformance-han.md. ", identical,
            outcomes.size() - notJudged - identical - notImplemented, notImplemented, outcomes.size() - notJudged,
            notJudged))
        .append(String.format("Folders entirely identical: %d of %d.%n%n", foldersIdentical, byFolder.size()))
        .append("Seeded through: `pins` force read values, `faults` error statuses, `answers` pinned replies ")
        .append("of queries (Get...), `state` nothing (the device's own defaults and effects).\n\n")
        .append("| folder | scenarios | identical | seeded through | differs / not implemented (why) |\n")
        .append("|---|---|---|---|---|\n");
    for (Map.Entry<String, List<Outcome>> e : byFolder.entrySet()) {
      List<Outcome> l = e.getValue();
      long ok = l.stream().filter(o -> o.verdict().equals("identical")).count();
      StringBuilder notes = new StringBuilder();
      for (Outcome o : l) {
        if (!o.verdict().equals("identical")) {
          notes.append(o.scenario()).append(": ").append(o.verdict()).append(" (")
              .append(REASONS.getOrDefault(o.scenario(), o.why()).replace("|", "\\|").replace("\n", " "))
              .append("); ");
        }
      }
      String n = notes.toString();
      String seeded = String.join("; ", l.stream().map(Outcome::seeded).filter(x -> !x.isEmpty()).distinct().toList());
      md.append("| ").append(e.getKey()).append(" | ").append(l.size()).append(" | ").append(ok).append(" | ")
          .append(seeded).append(" | ").append(n.length() > 400 ? n.substring(0, 400) + "…" : n).append(" |\n");
    }
    System.out.println(md);
    outcomes.stream().filter(o -> !o.verdict().equals("identical") && !o.verdict().equals("not judged here"))
        .forEach(o -> System.out.println("DIFF " + o.scenario() + ": " + o.why()));
    if (Boolean.getBoolean("dccsim.writeDocs")) {
      Path docs = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).resolve("docs");
      if (!Files.isDirectory(docs)) {
        docs = Path.of("..", "docs");
      }
      Files.writeString(docs.resolve("device-conformance-gas.md"), md);
    }
  }
}

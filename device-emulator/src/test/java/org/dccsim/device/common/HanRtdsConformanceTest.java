package org.dccsim.device.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.chf.HanDeviceLog;
import org.dccsim.device.chf.HanFirmwareDistribution;
import org.dccsim.device.chf.SubGhzRadio;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.hcalcs.Hcalcs;
import org.dccsim.device.ppmid.Ppmid;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.FirmwareTransfer;
import org.dccsim.gbcs.asn1.PpmidHcalcsFirmware;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/**
 * The judge of the HAN devices (Comms Hub Function, PPMID, HCALCS) and of the use cases all device
 * types share: every RTDS folder whose command goes to a CHF, PPMID or HCALCS, and every folder of
 * a shared use case (CS02*, CS03*, CS04*, CS06, CS07, CS08) whatever its device. For each
 * scenario, a fresh device with the RTDS EUI-64 is seeded through its own API with the state the
 * RTDS response shows ({@link HanRtdsSeeds}), takes the RTDS command re-MACed for it, and its
 * response is compared with the RTDS response: header, payload and decrypted plaintexts. With
 * {@code -Ddccsim.writeDocs=true} the table is written to docs/device-conformance-han.md; otherwise
 * the number of identical scenarios must not fall below the floor.
 */
public class HanRtdsConformanceTest {

  /** Identical scenarios today; the judge fails if a change loses one. */
  private static final int FLOOR = 92;

  static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();

  /** Folders whose commands go to a CHF, PPMID or HCALCS. */
  static final List<String> HAN_FOLDERS = List.of(
      "8.11_CCS01", "8.11_CCS02", "8.12.1_CCS03", "8.9_CCS05CCS04", "8.9_CCS06", "8.9_CCS07",
      "6.31_DBCH01", "6.32_DBCH02", "6.30_DBCH03", "6.28_DBCH04", "6.29_DBCH05",
      "6.13_ECS35c", "6.13_ECS35d", "6.2.4_ECS26i", "6.2.4_ECS26n",
      "NA_CS02aSignature", "NA_CS02bWPByWP",
      "8.7.1_CS03A2Critical", "8.7.2_CS03A2NonCritical", "8.7.2_CS03CNonCritical", "8.8.2_CS04ACNonCritical",
      "11.2_CS08");

  /** Folders of the shared use cases whose commands go to an ESME, GSME or GPF. */
  public static final List<String> SHARED_FOLDERS = List.of(
      "6.24.1_CS02aMAC", "6.24.1_CS02fMAC", "NA_CS02fSignature",
      "6.15.1_CS02bNOByNO", "6.15.1_CS02bSupplierBySupplier", "6.21_CS02bNOByNOHandover",
      "6.21_CS02bSupplierBySupplierHandover", "6.23_CS02bSupplierByTransCoS", "8.5_CS02bACBByACB",
      "NA_CS02bAnyExceptAbnormalRootByRecovery", "NA_CS02bTransCoSByTransCoS", "NA_CS02bAnyByContingency",
      "6.15.1_CS02gLoadControllerBySupplier", "NA_CS02gLoadControllerByLoadController",
      "6.17_CS02c", "6.15.2_CS02d", "6.24.2_CS02e",
      "8.7.1_CS03A1", "8.7.1_CS03CCritical", "8.7.2_CS03B", "8.8.1_CS04ACCritical", "8.8.2_CS04B", "8.9_CS07",
      "11.3_CS06");

  enum Verdict { IDENTICAL, DIFFERS, NOT_IMPLEMENTED }

  record Result(String folder, String scenario, Verdict verdict, String why) {}

  @Test
  void everyHanAndSharedUseCaseFolderAnswersAsTheRtds() throws IOException {
    List<Result> results = new ArrayList<>();
    for (String folder : concat(HAN_FOLDERS, SHARED_FOLDERS)) {
      results.addAll(judge(folder));
    }
    results.addAll(judgeAlerts());
    long identical = results.stream().filter(r -> r.verdict() == Verdict.IDENTICAL).count();
    for (Result r : results) {
      System.out.printf("%-45s %-32s %-15s %s%n", r.folder(), r.scenario(), r.verdict(), r.why());
    }
    System.out.printf("HAN judge: %d/%d scenarios identical%n", identical, results.size());
    if (Boolean.getBoolean("dccsim.writeDocs")) {
      HanConformanceTable.write(results, Path.of("..", "docs", "device-conformance-han.md"));
    } else {
      assertThat(identical).as("identical scenarios").isGreaterThanOrEqualTo(FLOOR);
    }
  }

  static List<Result> judge(String folder) {
    List<RtdsFile> files = RtdsFiles.all().stream().filter(f -> f.folder().equals(folder)).toList();
    List<Result> results = new ArrayList<>();
    for (RtdsFile command : files) {
      if (!command.isCommand() || command.isPreCommand()) {
        continue;
      }
      String scenario = scenarioOf(command.name());
      String responseName = command.name().replace("_COMMAND_", "_RESPONSE_");
      Optional<RtdsFile> response = files.stream().filter(f -> f.name().equals(responseName)).findFirst();
      if (response.isEmpty()) {
        results.add(new Result(folder, scenario, Verdict.NOT_IMPLEMENTED, "RTDS has no response"));
        continue;
      }
      Optional<RtdsFile> alert = files.stream().filter(f -> f.name().equals(expectedAlertName(command.name()))
          || f.name().contains("_NA_" + scenario + "_ALERT_")).findFirst();
      results.add(judge(folder, scenario, command.bytes(), response.get().bytes(), alert.map(RtdsFile::bytes)));
    }
    if (results.isEmpty()) {
      results.add(new Result(folder, "-", Verdict.NOT_IMPLEMENTED, "RTDS has no command"));
    }
    return results;
  }

  /**
   * The alert a future-dated scenario's execution raises in the RTDS: 8F66 for a success, 8F67 for
   * an error; none for other scenarios.
   */
  static String expectedAlertName(String commandName) {
    if (commandName.contains("_FUTURE_DATED_SUCCESS_COMMAND_")) {
      return commandName.replace("_FUTURE_DATED_SUCCESS_COMMAND_", "_8F66_FUTURE_DATED_SUCCESS_ALERT_");
    }
    if (commandName.contains("_FUTURE_DATED_ERROR_COMMAND_")) {
      return commandName.replace("_FUTURE_DATED_ERROR_COMMAND_", "_8F67_FUTURE_DATED_ERROR_ALERT_");
    }
    return "-";
  }

  static Result judge(String folder, String scenario, byte[] command, byte[] rtdsResponse,
      Optional<byte[]> rtdsAlert) {
    ObjectNode rtds = BENCH.inspectRtds(rtdsResponse);
    EmulatedDevice device = deviceFor(recipientOf(command));
    List<byte[]> alerts = new CopyOnWriteArrayList<>();
    DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m));
    HanRtdsSeeds.seed(folder, scenario, device, command, rtdsResponse, rtdsAlert, BENCH, services);
    Optional<byte[]> answer = device.receive(BENCH.forOurDevice(command), services);
    if (answer.isEmpty()) {
      String why = device.securityLog().isEmpty() ? "no response"
          : "no response: " + device.securityLog().get(device.securityLog().size() - 1);
      return new Result(folder, scenario, Verdict.NOT_IMPLEMENTED, why);
    }
    ObjectNode ours = BENCH.inspectOurs(answer.get());
    List<String> differences = new ArrayList<>();
    compare("header", ours.get("header"), rtds.get("header"), differences);
    compare("payload", ours.get("payload"), rtds.get("payload"), differences);
    compare("plaintext", ours.get("plaintext"), rtds.get("plaintext"), differences);
    checkProtection("response", ours, rtds, differences);
    if (ours.at("/payload/certificationRequest").isTextual()) {
      // a request for the device's own new key pair: only its length would compare, by chance
      differences.removeIf(d -> d.startsWith("payload/certificationRequest "));
      differences.add("payload/certificationRequest is for our device's own key pair");
    }
    if (rtdsAlert.isPresent()) {
      if (alerts.isEmpty()) {
        differences.add("no alert, RTDS " + BENCH.inspectRtds(rtdsAlert.get()).at("/header/messageCode"));
      } else {
        ObjectNode theirs = BENCH.inspectRtds(rtdsAlert.get());
        ObjectNode ourAlert = alerts.stream().map(BENCH::inspectOurs)
            .filter(a -> a.at("/header/messageCode").equals(theirs.at("/header/messageCode"))).findFirst()
            .orElseGet(() -> BENCH.inspectOurs(alerts.get(alerts.size() - 1)));
        compare("alert/header", ourAlert.get("header"), theirs.get("header"), differences);
        compare("alert/payload", ourAlert.get("payload"), theirs.get("payload"), differences);
        checkProtection("alert", ourAlert, theirs, differences);
      }
    }
    return differences.isEmpty() ? new Result(folder, scenario, Verdict.IDENTICAL, "")
        : new Result(folder, scenario, Verdict.DIFFERS, String.join("; ", differences));
  }

  /** How a device is brought to raise the alert of an alert-only RTDS folder. */
  @FunctionalInterface
  interface AlertDriver {
    void raise(GeneralSigningApdu rtdsAlert, DeviceServices services) throws Exception;
  }

  /** The alert-only folders of the HAN devices, each with what makes our device raise its alert. */
  static List<Result> judgeAlerts() {
    return List.of(
        judgeAlert("NA_CS14", HanRtdsConformanceTest::registerLastDeviceOfBackup),
        judgeAlert("NA_CCS08", HanRtdsConformanceTest::transferToPpmid),
        judgeAlert("NA_CS09", HanRtdsConformanceTest::activateOnPpmid),
        judgeAlert("NA_DBCH06", (alert, services) -> SubGhzRadio.limitedDutyCycleActionTaken(
            hubRaising(alert), eui(details(alert)), services)),
        judgeAlert("NA_DBCH07", (alert, services) -> {
          List<DlmsData> d = ((Structure) details(alert)).elements();
          BitString channel = (BitString) d.get(0);
          SubGhzRadio.channelChanged(hubRaising(alert), new BigInteger(1, channel.value().toByteArray()).longValue(),
              ((OctetString) d.get(1)).value().get(0), services);
        }),
        judgeAlert("NA_DBCH08", (alert, services) -> {
          List<DlmsData> d = ((Structure) details(alert)).elements();
          SubGhzRadio.scanAssessed(hubRaising(alert), ((OctetString) d.get(0)).value().get(0),
              ((OctetString) d.get(1)).value().get(0), services);
        }),
        judgeAlert("NA_DBCH10", (alert, services) -> {
          ByteBuffer b = ByteBuffer.wrap(((OctetString) details(alert)).value().toByteArray());
          SubGhzRadio.messageDiscarded(hubRaising(alert), new Eui64(b.getLong()), new Eui64(b.getLong()), b.get(),
              b.getLong(), services);
        }),
        judgeAlert("NA_DBCH11", (alert, services) -> SubGhzRadio.noCapacityFor(
            hubRaising(alert), eui(details(alert)), services)));
  }

  static Result judgeAlert(String folder, AlertDriver driver) {
    byte[] expected = RtdsFiles.all().stream().filter(f -> f.folder().equals(folder) && f.isAlert()).findFirst()
        .orElseThrow().bytes();
    List<byte[]> alerts = new CopyOnWriteArrayList<>();
    DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m));
    try {
      driver.raise(GbcsCodec.decode(expected).apdu(), services);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    ObjectNode rtds = BENCH.inspectRtds(expected);
    Optional<ObjectNode> ours = alerts.stream().map(BENCH::inspectOurs)
        .filter(a -> a.at("/header/messageCode").equals(rtds.at("/header/messageCode"))).findFirst();
    if (ours.isEmpty()) {
      return new Result(folder, "ALERT", Verdict.NOT_IMPLEMENTED, "no alert");
    }
    List<String> differences = new ArrayList<>();
    compare("alert/header", ours.get().get("header"), rtds.get("header"), differences);
    compare("alert/payload", ours.get().get("payload"), rtds.get("payload"), differences);
    checkProtection("alert", ours.get(), rtds, differences);
    return differences.isEmpty() ? new Result(folder, "ALERT", Verdict.IDENTICAL, "")
        : new Result(folder, "ALERT", Verdict.DIFFERS, String.join("; ", differences));
  }

  /** A hub whose next alert carries the RTDS alert's counter. */
  private static CommsHub hubRaising(GeneralSigningApdu alert) {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    hub.setAlertCounter(alert.originatorCounter() - 1);
    return hub;
  }

  /** The one detail of a DLMS alert after its code and date-time. */
  private static DlmsData details(GeneralSigningApdu alert) throws Exception {
    return DlmsAlert.of(DlmsCodec.decodeDataNotification(alert.content())).details().get(0);
  }

  private static Eui64 eui(DlmsData octets) {
    return Eui64.fromBytes(((OctetString) octets).value().toByteArray());
  }

  /** CS14: a hub whose log holds all but the last device of the alert's backup registers that device. */
  private static void registerLastDeviceOfBackup(GeneralSigningApdu alert, DeviceServices services) throws Exception {
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    hub.setAlertCounter(alert.originatorCounter() - 1);
    DlmsAlert body = DlmsAlert.of(DlmsCodec.decodeDataNotification(alert.content()));
    List<DlmsData> backup = ((Structure) body.details().get(0)).elements();
    List<DlmsData> entries = ((DlmsArray) backup.get(2)).elements();
    HanDeviceLog log = HanDeviceLog.empty(((OctetString) backup.get(1)).value());
    for (DlmsData e : entries.subList(0, entries.size() - 1)) {
      List<DlmsData> pair = ((Structure) e).elements();
      log = log.with(Eui64.fromBytes(((OctetString) pair.get(0)).value().toByteArray()),
          ((OctetString) pair.get(1)).value().toByteArray());
    }
    hub.setHanLog(0, log);
    List<DlmsData> last = ((Structure) entries.get(entries.size() - 1)).elements();
    CosemDescriptor register = new CosemDescriptor(104, new ObisCode(0, 0, 30, 3, 0, 255), 1);
    synchronized (hub) {
      CommsHub.ENGINE.invoke(hub, register, DlmsData.structure(last.get(0), DlmsData.enumValue(1), last.get(1),
          DlmsData.enumValue(0)), new CosemContext(CommsHub.ENGINE, services, RtdsDeviceBench.RTDS_TIME, null));
    }
  }

  /** CCS08: a hub passes the alert's firmware version on to the PPMID, for activation at the alert's time. */
  private static void transferToPpmid(GeneralSigningApdu alert, DeviceServices services) throws Exception {
    var transfer = (FirmwareTransfer.Alert) DerPayloadCodec.decode(alert).payload();
    CommsHub hub = new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors());
    hub.setAlertCounter(alert.originatorCounter() - 1);
    HanFirmwareDistribution.transfer(hub, new Ppmid(transfer.deviceId(), BENCH.anchors()),
        new DeviceFirmware.Image(ByteSlice.copyOf(new byte[32]), transfer.firmwareVersion()),
        transfer.executionDateTime(), services);
  }

  /** CS09: a PPMID holding an image of the alert's version activates it at the alert's time. */
  private static void activateOnPpmid(GeneralSigningApdu alert, DeviceServices services) throws Exception {
    var activation = (PpmidHcalcsFirmware.VersionAlert) DerPayloadCodec.decode(alert).payload();
    Ppmid ppmid = new Ppmid(alert.originator(), BENCH.anchors());
    ppmid.setAlertCounter(alert.originatorCounter() - 1);
    DeviceFirmware.hold(ppmid, new DeviceFirmware.Image(ByteSlice.copyOf(new byte[32]), activation.firmwareVersion()));
    DeviceFirmware.activateAt(ppmid, activation.executionDateTime(), services);
  }

  static EmulatedDevice deviceFor(Eui64 recipient) {
    var anchors = BENCH.anchors();
    if (recipient.equals(RtdsDeviceBench.CHF)) {
      return new CommsHub(recipient, anchors);
    }
    if (recipient.equals(RtdsDeviceBench.PPMID)) {
      return new Ppmid(recipient, anchors);
    }
    if (recipient.equals(RtdsDeviceBench.HCALCS)) {
      return new Hcalcs(recipient, anchors);
    }
    if (recipient.equals(RtdsDeviceBench.GSME)) {
      return new StandInDevice(recipient, anchors, DeviceType.GSME);
    }
    if (recipient.equals(RtdsDeviceBench.GPF)) {
      return new StandInDevice(recipient, anchors, DeviceType.GPF);
    }
    return new StandInDevice(recipient, anchors, DeviceType.ESME);
  }

  static Eui64 recipientOf(byte[] command) {
    try {
      return GbcsCodec.decode(command).apdu().recipient();
    } catch (GbcsCodecException e) {
      throw new AssertionError(e);
    }
  }

  /** The scenario of a file name {@code <UC>_<section>_<SCENARIO>_COMMAND_GBCS.HEX}. */
  static String scenarioOf(String name) {
    String rest = name.substring(name.indexOf('_') + 1);
    rest = rest.substring(rest.indexOf('_') + 1);
    return rest.substring(0, rest.indexOf("_COMMAND_"));
  }

  /**
   * Ours is signed where the RTDS message is, and each protection ours carries checks out with our
   * device's certificates (the RTDS's cannot be checked: the RTDS publishes no device keys).
   */
  static void checkProtection(String what, ObjectNode ours, ObjectNode rtds, List<String> differences) {
    boolean rtdsSigned = !"absent".equals(rtds.at("/signature/status").asText());
    String signature = ours.at("/signature/status").asText();
    if (rtdsSigned != !"absent".equals(signature)) {
      differences.add(what + " signature " + signature + ", RTDS " + rtds.at("/signature/status").asText());
    } else if (rtdsSigned && !"valid".equals(signature)) {
      differences.add(what + " signature " + signature);
    }
    String mac = ours.at("/mac/status").asText();
    if (!mac.isEmpty() && !"absent".equals(mac) && !"valid".equals(mac)) {
      differences.add(what + " MAC " + mac);
    }
  }

  /** Records where two JSON trees first differ, path by path. */
  static void compare(String path, JsonNode ours, JsonNode rtds, List<String> differences) {
    if (ours == null || rtds == null || ours.isNull() || rtds.isNull()) {
      boolean oursAbsent = ours == null || ours.isNull();
      boolean rtdsAbsent = rtds == null || rtds.isNull();
      if (oursAbsent != rtdsAbsent) {
        differences.add(path + (oursAbsent ? " missing" : " unexpected"));
      }
      return;
    }
    if (ours.isObject() && rtds.isObject()) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      rtds.fieldNames().forEachRemaining(n -> fields.put(n, rtds.get(n)));
      ours.fieldNames().forEachRemaining(n -> fields.putIfAbsent(n, null));
      for (var e : fields.entrySet()) {
        compare(path + "/" + e.getKey(), ours.get(e.getKey()), rtds.get(e.getKey()), differences);
      }
      return;
    }
    if (ours.isArray() && rtds.isArray()) {
      if (ours.size() != rtds.size()) {
        differences.add(path + " has " + ours.size() + " elements, RTDS " + rtds.size());
        return;
      }
      Iterator<JsonNode> a = ours.elements();
      Iterator<JsonNode> b = rtds.elements();
      for (int i = 0; a.hasNext(); i++) {
        compare(path + "/" + i, a.next(), b.next(), differences);
      }
      return;
    }
    if (!ours.equals(rtds)) {
      differences.add(path + " " + abbreviate(ours) + " != RTDS " + abbreviate(rtds));
    }
  }

  private static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static void writeQuietly(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.ActivationTime;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.junit.jupiter.api.Test;

/**
 * Future-dated ESME commands: they answer at once, run at their execution time, and then raise the
 * future-dated execution alerts (8F66) the RTDS shows, one per activation time, in the RTDS form
 * (header and payload alike, the meter's alert counter set to run on from the RTDS's).
 */
class EsmeFutureDatedTest {

  private static final RtdsDeviceBench BENCH = SharedBench.BENCH;

  /** A scheduler the test runs by hand, in time order: nothing happens before its time. */
  private static final class ManualScheduler {
    private final List<Map.Entry<Instant, Runnable>> tasks = new ArrayList<>();

    void schedule(Instant at, Runnable task) {
      tasks.add(Map.entry(at, task));
    }

    void runAll() {
      List<Map.Entry<Instant, Runnable>> due = new ArrayList<>(tasks);
      tasks.clear();
      due.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
      due.forEach(e -> e.getValue().run());
    }
  }

  @Test
  void everyFutureDatedEsmeCommandOfTheRtdsRaisesTheRtds8F66AlertsAtItsTime() {
    Map<String, List<RtdsFile>> alertsByCommand = new TreeMap<>();
    for (RtdsFile f : RtdsFiles.all()) {
      if (f.isAlert() && f.name().contains("_8F66_FUTURE_DATED") && apdu(f.bytes()).messageCode() == 0x00CC) {
        String scenario = f.name().substring(0, f.name().indexOf("_ALERT_")).replace("_8F66_", "_");
        alertsByCommand.computeIfAbsent(f.folder() + "/" + scenario + "_COMMAND_GBCS.HEX", k -> new ArrayList<>())
            .add(f);
      }
    }
    assertThat(alertsByCommand).as("RTDS future-dated DLMS commands with 8F66 alerts").hasSizeGreaterThanOrEqualTo(9);

    List<String> differences = new ArrayList<>();
    int alerts = 0;
    for (Map.Entry<String, List<RtdsFile>> e : alertsByCommand.entrySet()) {
      String[] path = e.getKey().split("/");
      RtdsFile command = RtdsFiles.get(path[0], path[1]);
      List<RtdsFile> expected = new ArrayList<>(e.getValue());
      expected.sort(Comparator.comparingLong(f -> apdu(f.bytes()).originatorCounter()));
      alerts += expected.size();
      List<byte[]> ours = run(command, apdu(expected.get(0).bytes()).originatorCounter() - 1);
      if (ours.size() != expected.size()) {
        differences.add(e.getKey() + ": " + ours.size() + " alerts, RTDS " + expected.size());
        continue;
      }
      for (int i = 0; i < ours.size(); i++) {
        ObjectNode o = BENCH.inspectOurs(ours.get(i));
        ObjectNode r = BENCH.inspectRtds(expected.get(i).bytes());
        String d = EsmeRtdsConformanceTest.firstDifference("header", o.get("header"), r.get("header"));
        if (d == null) {
          d = EsmeRtdsConformanceTest.firstDifference("payload", o.get("payload"), r.get("payload"));
        }
        if (d == null && !"valid".equals(o.at("/signature/status").asText())) {
          d = "our signature: " + o.at("/signature/status").asText();
        }
        if (d != null) {
          differences.add(expected.get(i).name() + ": " + d);
        }
      }
    }
    assertThat(alerts).isEqualTo(41);
    assertThat(differences).as("8F66 alerts that differ from the RTDS's").isEmpty();
  }

  @Test
  void aFutureDatedTariffActivatesOnlyAtItsTimeAndACancellationStopsIt() throws Exception {
    RtdsFile command = RtdsFiles.get("1.1.1_ECS01a", "ECS01a_1.1.1_FUTURE_DATED_TOU_BLOCK_SUCCESS_COMMAND_GBCS.HEX");
    Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors());
    ManualScheduler scheduler = new ManualScheduler();
    List<byte[]> uplinked = new ArrayList<>();
    DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> uplinked.add(m))
        .withScheduler(scheduler::schedule);
    var priceMatrix = org.dccsim.device.dlms.Obis.of("0-0:19.20.0.255");
    var engine = Esme.engine(EsmeVariant.SINGLE_ELEMENT);

    assertThat(esme.receive(BENCH.forOurDevice(command.bytes()), services)).isPresent();
    assertThat(engine.stored(esme, priceMatrix, 5)).as("not yet active")
        .isEqualTo(engine.model().initial(priceMatrix, 5));
    assertThat(uplinked).isEmpty();

    scheduler.runAll();

    assertThat(engine.stored(esme, priceMatrix, 5)).as("the passive price matrix became active")
        .isEqualTo(engine.stored(esme, priceMatrix, 6));
    assertThat(uplinked).hasSize(6);
    assertThat(uplinked).allSatisfy(m -> assertThat(alertCode(m)).isEqualTo(ActivationTime.EXECUTED));

    Esme cancelled = new Esme(RtdsDeviceBench.ESME, BENCH.anchors());
    uplinked.clear();
    RtdsFile cancellation =
        RtdsFiles.get("1.1.1_ECS01a", "ECS01a_1.1.1_CANCELLATION_TOU_BLOCK_SUCCESS_COMMAND_GBCS.HEX");
    assertThat(cancelled.receive(BENCH.forOurDevice(command.bytes()), services)).isPresent();
    assertThat(cancelled.receive(BENCH.forOurDevice(cancellation.bytes()), services)).isPresent();
    scheduler.runAll();
    assertThat(uplinked).as("cancelled activations raise nothing").isEmpty();
    assertThat(engine.stored(cancelled, priceMatrix, 5))
        .isEqualTo(engine.model().initial(priceMatrix, 5));
  }

  private static int alertCode(byte[] alert) {
    JsonNode n = BENCH.inspectOurs(alert).at("/payload/body/elements/0/value");
    return n.asInt();
  }

  private static List<byte[]> run(RtdsFile command, long alertCounterBefore) {
    Esme esme = new Esme(apdu(command.bytes()).recipient(), BENCH.anchors(),
        EsmeRtdsConformanceTest.variantOf(command));
    esme.setAlertCounter(alertCounterBefore);
    ManualScheduler scheduler = new ManualScheduler();
    List<byte[]> uplinked = new ArrayList<>();
    DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> uplinked.add(m))
        .withScheduler(scheduler::schedule);
    assertThat(esme.receive(BENCH.forOurDevice(command.bytes()), services)).as(command.toString()).isPresent();
    assertThat(uplinked).as("nothing before the execution time").isEmpty();
    scheduler.runAll();
    return uplinked;
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

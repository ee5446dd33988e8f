package org.dccsim.app;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dccsim.app.client.GbcsCommand;
import org.dccsim.app.client.RrsCommand;
import org.dccsim.app.client.SendCommand;
import org.dccsim.app.client.SmkiCommand;
import org.dccsim.app.client.UtrnCommand;
import org.dccsim.dcc.anomaly.AnomalyThresholds;
import org.dccsim.dcc.delivery.ReceiveResponseServiceUrl;
import org.dccsim.dcc.http.DuisServer;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.ResponseCodes;
import org.dccsim.device.network.LatencyModel;
import org.dccsim.device.population.PopulationDescription;
import org.dccsim.smki.CertificateValidityPolicy;
import org.dccsim.smki.crypto.CryptoProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dccsim}: starts the simulator; its subcommands are the User-side tools. */
@Command(
    name = "dccsim",
    mixinStandardHelpOptions = true,
    version = "dccsim 0.1.0",
    description = "A stand-in for GB smart metering's DCC: point a DUIS client at it.",
    subcommands = {SendCommand.class, RrsCommand.class, GbcsCommand.class, SmkiCommand.class,
        UtrnCommand.class, CommandLine.HelpCommand.class})
public final class DccsimCommand implements Callable<Integer> {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where dccsim keeps its SMKI, keys and outbox (default: ${DEFAULT-VALUE}).")
  Path dataDir = DataDirectory.defaultPath();

  @Option(names = "--smki-import", paramLabel = "DIR",
      description = "Import DCC Boxed's test material (PEM/DER certificates, PKCS#8 keys, keystore.json) "
          + "and serve its Users and template devices. Repeatable.")
  List<Path> smkiImports = new ArrayList<>();

  @Option(names = "--port", description = "DUIS port (default: ${DEFAULT-VALUE}).")
  int port = 8079;

  @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String bind = "127.0.0.1";

  @Option(names = "--rrs-url", paramLabel = "URL",
      description = "The User's Receive Response Service; responses and alerts are POSTed there (scheme optional).")
  String rrsUrl;

  @Option(names = "--dsp-cert-serial", paramLabel = "SERIAL",
      description = "Serial (decimal or 0x-hex) of the DSP XML-signing certificate that response signatures cite "
          + "(default: the newest with a key).")
  String dspCertSerial;

  @Option(names = "--access-control", paramLabel = "enforce|off",
      description = "Check User roles against the SRV and the device's registered parties (default: ${DEFAULT-VALUE}).")
  String accessControl = "enforce";

  @Option(names = "--certificate-validity", paramLabel = "report|enforce",
      description = "Expired or not-yet-valid certificates: accepted and reported, or refused (default: ${DEFAULT-VALUE}).")
  String certificateValidity = "report";

  @Option(names = "--ad-window", description = "Anomaly detection window, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration adWindow = Duration.ofHours(1);

  @Option(names = "--ad-user-warning", description = "Per User and SRV: warn above this count per window (0 off; default ${DEFAULT-VALUE}).")
  long adUserWarning = 800;

  @Option(names = "--ad-user-quarantine", description = "Per User and SRV: quarantine above this count (0 off; default ${DEFAULT-VALUE}).")
  long adUserQuarantine = 1000;

  @Option(names = "--ad-dcc-quarantine", description = "Per SRV over all Users: quarantine above this count (0 off; default ${DEFAULT-VALUE}).")
  long adDccQuarantine = 0;

  @Option(names = "--response-code", paramLabel = "OUTCOME=CODE",
      description = "Report an outcome with another DUIS code, e.g. SIGNATURE_INVALID=E56. Repeatable. Outcomes: ${COMPLETION-CANDIDATES}")
  Map<Outcome, String> responseCodes = new LinkedHashMap<>();

  @Option(names = "--outbox", paramLabel = "disk|memory",
      description = "Keep undelivered responses on disk (survive a restart) or in memory (default: ${DEFAULT-VALUE}).")
  String outbox = "disk";

  @Option(names = "--device-timeout", description = "How long the DCC waits for a device before E21 (default: ${DEFAULT-VALUE}).")
  Duration deviceTimeout = Duration.ofSeconds(30);

  @Option(names = "--wan-latency", description = "One-way latency of the emulated WAN; the median when "
      + "--wan-latency-p99 is given (default: ${DEFAULT-VALUE}).")
  Duration wanLatency = Duration.ofMillis(5);

  @Option(names = "--wan-latency-p99", description = "99th percentile of a log-normal WAN latency (default: fixed latency).")
  Duration wanLatencyP99;

  @Option(names = "--wan-loss", description = "Probability that a WAN message is lost, 0..1 (default: ${DEFAULT-VALUE}).")
  double wanLoss = 0;

  @Option(names = "--cell-rate", paramLabel = "MSG/S",
      description = "Messages per second a radio cell (500 premises) carries; 0 for no limit (default: ${DEFAULT-VALUE}).")
  double cellRate = 0;

  @Option(names = "--gsme-wake", description = "How often a GSME wakes to collect its commands (default: ${DEFAULT-VALUE}).")
  Duration gsmeWake = Duration.ofSeconds(30);

  @Option(names = "--han-latency",
      description = "One HAN hop, Comms Hub to a meter or back (default: 1 ms, ISO-8601 like PT0.2S).")
  Duration hanLatency;

  @Option(names = "--premises", paramLabel = "N",
      description = "Build N premises (Comms Hub, ESME, GSME, GPF, PPMID, IHD each, in the default mix) beyond the demo premises.")
  Long premises;

  @Option(names = "--population", paramLabel = "FILE",
      description = "Build the population this JSON file describes (see docs/population.md); --premises overrides its count.")
  Path populationFile;

  @Option(names = "--scenario", paramLabel = "FILE", description = "Play this scenario file from the start (see docs/scenarios.md).")
  Path scenario;

  @Option(names = "--time-factor", description = "Run the network and devices this many times faster than real time (default: ${DEFAULT-VALUE}).")
  double timeFactor = 1;

  @Option(names = "--control-port", description = "Port of the control API for faults and events, on the --bind "
      + "address; -1 for none (default: ${DEFAULT-VALUE}).")
  int controlPort = 8082;

  @Option(names = "--power-outage-alert", paramLabel = "CODE",
      description = "DCC alert code for a Comms Hub's power outage (default: ${DEFAULT-VALUE}).")
  String powerOutageAlert = Simulator.Estate.DEFAULT_POWER_OUTAGE_ALERT_CODE;

  @Option(names = "--crypto-provider", description = "P-256 provider: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CryptoProvider cryptoProvider = CryptoProvider.BC;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new DccsimCommand());
    cl.registerConverter(Duration.class, Duration::parse);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // a user's mistake (a port in use, a missing key, a bad file) deserves a sentence, not a stack trace
      commandLine.getErr().println(commandLine.getColorScheme().errorText(
          commandLine.getCommandSpec().qualifiedName() + ": " + UserFacingError.describe(e)));
      return 2;
    });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    Simulator.Settings settings = settings();
    Simulator sim;
    try (BuildProgress progress = new BuildProgress(System.out, System.console() != null)) {
      sim = Simulator.start(settings, Clock.systemUTC(), progress);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sim.close();
      stopped.countDown();
    }, "dccsim-shutdown"));
    StartBanner.print(sim, bind.equals("0.0.0.0") ? "localhost" : bind, System.out);
    stopped.await();
    return 0;
  }

  Simulator.Settings settings() throws IOException {
    Simulator.Settings d = Simulator.Settings.defaults(dataDir);
    URI rrs = rrsUrl == null ? null : ReceiveResponseServiceUrl.parse(rrsUrl);
    Optional<BigInteger> serial = Optional.ofNullable(dspCertSerial).map(DccsimCommand::serial);
    EnumMap<Outcome, String> codes = new EnumMap<>(Outcome.class);
    codes.putAll(responseCodes);
    return new Simulator.Settings(
        dataDir.toAbsolutePath(),
        smkiImports.stream().map(Path::toAbsolutePath).toList(),
        new InetSocketAddress(bind, port),
        rrs,
        serial,
        choice("--access-control", accessControl, "enforce", "off"),
        new AnomalyThresholds(adWindow, adUserWarning, adUserQuarantine, adDccQuarantine, Map.of()),
        ResponseCodes.withOverrides(codes),
        choice("--certificate-validity", certificateValidity, "enforce", "report")
            ? CertificateValidityPolicy.ENFORCE
            : CertificateValidityPolicy.REPORT_ONLY,
        choice("--outbox", outbox, "disk", "memory"),
        deviceTimeout,
        d.wan().withEveryRegion(r -> r.withLatency(
                wanLatencyP99 == null ? LatencyModel.fixed(wanLatency) : new LatencyModel(wanLatency, wanLatencyP99))
            .withLoss(wanLoss)
            .withCellThrottle(cellRate, Math.max(1, (int) cellRate)))
            .withHan(hanLatency == null ? d.wan().hanLatency() : hanLatency, gsmeWake),
        DuisServer.Settings.defaults(),
        cryptoProvider,
        new Simulator.Estate(population(), timeFactor, scenario == null ? null : scenario.toAbsolutePath(),
            powerOutageAlert, controlPort < 0 ? null : new InetSocketAddress(bind, controlPort)));
  }

  private PopulationDescription population() throws IOException {
    PopulationDescription p = populationFile == null ? null : PopulationDescription.fromFile(populationFile);
    if (premises != null) {
      p = p == null ? PopulationDescription.ofPremises(premises) : p.withPremises(premises);
    }
    return p;
  }

  private static BigInteger serial(String text) {
    String t = text.trim();
    return t.startsWith("0x") || t.startsWith("0X") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
  }

  /** @return true for the first choice, false for the second */
  private static boolean choice(String option, String value, String yes, String no) {
    if (value.equalsIgnoreCase(yes)) {
      return true;
    }
    if (value.equalsIgnoreCase(no)) {
      return false;
    }
    throw new CommandLine.ParameterException(commandLine(), option + " takes " + yes + " or " + no + ", not " + value);
  }
}

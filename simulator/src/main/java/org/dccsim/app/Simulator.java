package org.dccsim.app;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import org.dccsim.app.control.ControlServer;
import org.dccsim.app.control.DeviceView;
import org.dccsim.app.control.EstateControl;
import org.dccsim.app.profile.DemoPopulation;
import org.dccsim.app.profile.Identities;
import org.dccsim.app.profile.PopulationInventory;
import org.dccsim.app.profile.RegisteredParties;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.anomaly.AnomalyDetector;
import org.dccsim.dcc.anomaly.AnomalyThresholds;
import org.dccsim.dcc.anomaly.Quarantine;
import org.dccsim.dcc.delivery.FileOutboxStore;
import org.dccsim.dcc.delivery.MemoryOutboxStore;
import org.dccsim.dcc.delivery.OutboxStore;
import org.dccsim.dcc.delivery.ResponseOutbox;
import org.dccsim.dcc.http.DuisServer;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.pipeline.ResponseCodes;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.fault.FaultInjector;
import org.dccsim.device.fault.Scenario;
import org.dccsim.device.fault.ScenarioRunner;
import org.dccsim.device.network.AcceleratedTime;
import org.dccsim.device.network.EmulatedWan;
import org.dccsim.device.network.NetworkDirectory;
import org.dccsim.device.network.SimulationTime;
import org.dccsim.device.network.WanSettings;
import org.dccsim.device.network.WanStats;
import org.dccsim.smki.Eui64;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.Population;
import org.dccsim.device.population.PopulationBuilder;
import org.dccsim.device.population.PopulationDescription;
import org.dccsim.smki.CertificateValidityPolicy;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.pki.DerivedDeviceCredentials;
import org.dccsim.smki.pki.SmkiStore;

/**
 * dccsim assembled: the SMKI of the chosen profile, the DCC's pipeline behind the DUIS front end,
 * the outbox to the User's Receive Response Service, and the emulated devices on the in-process
 * WAN. {@link #close()} stops everything.
 */
public final class Simulator implements AutoCloseable {

  /** Everything a run can be told; {@link #defaults(Path)} gives the embedded default. */
  public record Settings(
      Path dataDir,
      List<Path> smkiImports,
      InetSocketAddress duisAddress,
      URI receiveResponseService,
      Optional<BigInteger> citedDspSerial,
      boolean enforceAccessControl,
      AnomalyThresholds anomalyThresholds,
      ResponseCodes responseCodes,
      CertificateValidityPolicy validityPolicy,
      boolean durableOutbox,
      Duration deviceResponseTimeout,
      WanSettings wan,
      DuisServer.Settings http,
      CryptoProvider cryptoProvider,
      Estate estate) {

    public static Settings defaults(Path dataDir) {
      return new Settings(dataDir, List.of(), new InetSocketAddress("127.0.0.1", 8079), null, Optional.empty(),
          true, AnomalyThresholds.defaults(), ResponseCodes.defaults(), CertificateValidityPolicy.defaultPolicy(),
          true, Duration.ofSeconds(30), WanSettings.defaults(), DuisServer.Settings.defaults(),
          CryptoProvider.BC, Estate.demoOnly());
    }

    public Settings withEstate(Estate e) {
      return new Settings(dataDir, smkiImports, duisAddress, receiveResponseService, citedDspSerial,
          enforceAccessControl, anomalyThresholds, responseCodes, validityPolicy, durableOutbox,
          deviceResponseTimeout, wan, http, cryptoProvider, e);
    }

    public Settings withWan(WanSettings w) {
      return new Settings(dataDir, smkiImports, duisAddress, receiveResponseService, citedDspSerial,
          enforceAccessControl, anomalyThresholds, responseCodes, validityPolicy, durableOutbox,
          deviceResponseTimeout, w, http, cryptoProvider, estate);
    }
  }

  /**
   * The emulated estate beyond the demo premises.
   *
   * @param population the premises to build, or null for the demo premises only
   * @param timeFactor how many times faster than real time the network and devices run (≥ 1)
   * @param scenario a scenario file to play from the start, or null
   * @param powerOutageAlertCode the DCC alert code of a Comms Hub's power outage (see docs/network.md)
   * @param control where the control API listens (docs/scenarios.md), or null for none
   */
  public record Estate(PopulationDescription population, double timeFactor, Path scenario, String powerOutageAlertCode,
      InetSocketAddress control) {

    /** The DCC alert code dccsim gives a power outage unless told otherwise. */
    public static final String DEFAULT_POWER_OUTAGE_ALERT_CODE = "N1";

    public Estate {
      if (!(timeFactor >= 1) || Double.isInfinite(timeFactor)) {
        throw new IllegalArgumentException("the time factor must be at least 1, not " + timeFactor);
      }
      Objects.requireNonNull(powerOutageAlertCode, "powerOutageAlertCode");
    }

    public static Estate demoOnly() {
      return new Estate(null, 1, null, DEFAULT_POWER_OUTAGE_ALERT_CODE, null);
    }

    public Estate withControl(InetSocketAddress address) {
      return new Estate(population, timeFactor, scenario, powerOutageAlertCode, address);
    }
  }

  /** What building the population took: premises, devices, time, and heap per device after a full GC. */
  public record PopulationReport(long premises, long devices, Duration took, long heapBytesPerDevice) {}

  /** When a population's devices were commissioned, as the inventory reports it. */
  private static final LocalDate POPULATION_COMMISSIONED = LocalDate.of(2026, 1, 5);

  /** Lanes of the network's time: as many as cores, at least two. */
  private static final int LANES = Math.max(2, Runtime.getRuntime().availableProcessors());

  private final Settings settings;
  private final SmkiStore store;
  private final Identities identities;
  private final DeviceInventory inventory;
  private final ResponseOutbox outbox;
  private final ScheduledExecutorService deliveryScheduler;
  private final DccAssembly dcc;
  private final EmulatedWan wan;
  private final DuisServer server;
  private final AcceleratedTime time;
  private final NetworkDirectory directory;
  private final FaultInjector faults;
  private final Optional<PopulationReport> populationReport;
  private final ControlServer control;

  private Simulator(Settings settings, Clock clock, LongConsumer progress) throws IOException, InterruptedException {
    this.settings = settings;
    this.store = SmkiStore.open(settings.dataDir(), clock, new SecureRandom());
    this.identities = settings.smkiImports().isEmpty()
        ? Identities.embeddedDefault(store, settings.citedDspSerial())
        : Identities.imported(store, settings.smkiImports(), settings.citedDspSerial());
    RegisteredParties parties = RegisteredParties.of(identities);
    DemoPopulation demo = DemoPopulation.build(store, identities);
    this.inventory = new DeviceInventory();
    demo.inventory().forEach(inventory::put);

    Estate estate = settings.estate();
    // a mistake in the scenario file is reported before minutes of population building, not after
    Scenario opening = estate.scenario() == null ? null : Scenario.fromFile(estate.scenario());
    this.time = new AcceleratedTime(clock.instant(), estate.timeFactor(), LANES);
    DeviceCredentialKeyring keyring = DeviceCredentialKeyring.stored(store);
    Population population = null;
    PopulationReport report = null;
    if (estate.population() != null) {
      long heapBefore = heapUsedAfterGc();
      long started = System.nanoTime();
      population = new PopulationBuilder(p -> parties.anchors(), time.clock()).build(estate.population(), progress);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      long devices = population.deviceCount();
      report = new PopulationReport(population.premisesCount(), devices, took,
          devices == 0 ? 0 : Math.max(0, heapUsedAfterGc() - heapBefore) / devices);
      Population built = population;
      DerivedDeviceCredentials derived = store.deriveDevices(built::contains, 1 << 16);
      keyring = DeviceCredentialKeyring.derived(derived, built::contains, keyring);
      inventory.addSource(new PopulationInventory(estate.population(), parties, POPULATION_COMMISSIONED));
    }
    this.populationReport = Optional.ofNullable(report);
    this.directory = new NetworkDirectory(population, settings.wan(), LANES);
    // alert counters from the clock, as a population's, so they keep growing across restarts
    demo.commsHub().setAlertCounter(clock.millis());
    demo.devices().forEach(d -> d.setAlertCounter(clock.millis()));
    directory.addPremises(demo.commsHub(), demo.devices());

    OutboxStore outboxStore = settings.durableOutbox()
        ? new FileOutboxStore(settings.dataDir().resolve("outbox"))
        : new MemoryOutboxStore();
    this.deliveryScheduler = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("rrs-delivery", true));
    this.outbox = new ResponseOutbox(outboxStore, settings.receiveResponseService(), deliveryScheduler,
        ResponseOutbox.RetryPolicy.defaults());
    DeviceServices services = DeviceServices.create(time.clock(), settings.cryptoProvider(), keyring);
    this.dcc = new DccAssembly(settings, clock, store, identities, inventory,
        router -> new EmulatedWan(directory, services, router, settings.wan(), time, ThreadLocalRandom::current),
        outbox::submit);
    this.wan = (EmulatedWan) dcc.wan();
    if (population != null && population.description().prepaymentShare() > 0) {
      startPrepaymentMeters(population, wan.services());
    }
    this.faults = new FaultInjector(wan, directory);
    ScenarioRunner scenarios = new ScenarioRunner(faults, time);
    if (opening != null) {
      scenarios.start(opening);
    }
    this.control = estate.control() == null ? null : ControlServer.start(estate.control(), new EstateControl() {
      @Override
      public int schedule(Scenario scenario) {
        scenarios.start(scenario);
        return scenario.events().size();
      }

      @Override
      public WanStats.Snapshot wanStats() {
        return wan.stats().snapshot();
      }

      @Override
      public Optional<DeviceView> device(Eui64 eui) {
        return wan.device(eui).map(DeviceView::of);
      }
    });
    this.server = DuisServer.start(settings.duisAddress(), settings.http(), dcc.pipeline());
  }

  /** Builds and starts a simulator; the DUIS port is bound when this returns. */
  public static Simulator start(Settings settings, Clock clock) throws IOException, InterruptedException {
    return start(settings, clock, n -> { });
  }

  /**
   * Builds and starts a simulator, telling {@code progress} how many population devices are built
   * so far while it builds them.
   */
  public static Simulator start(Settings settings, Clock clock, LongConsumer progress)
      throws IOException, InterruptedException {
    return new Simulator(settings, clock, progress);
  }

  /** The building of the population, when there is one. */
  public Optional<PopulationReport> populationReport() {
    return populationReport;
  }

  /** Faults and events on the emulated estate (power, Comms Hubs, devices). */
  public FaultInjector faults() {
    return faults;
  }

  public NetworkDirectory network() {
    return directory;
  }

  /** The network's and devices' time (accelerated by the estate's time factor). */
  public SimulationTime time() {
    return time;
  }

  /** A population's prepayment meters settle each half hour of the network's time from the start. */
  private static void startPrepaymentMeters(Population population, DeviceServices services) {
    for (int i = 0; i < population.premisesCount(); i++) {
      if (population.profile(i).prepayment() && population.device(i, DeviceSlot.ESME) instanceof Esme esme) {
        esme.watchCredit(services);
      }
    }
  }

  private static long heapUsedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The control API's port; empty when it is off. */
  public Optional<Integer> controlPort() {
    return Optional.ofNullable(control).map(ControlServer::port);
  }

  public int duisPort() {
    return server.port();
  }

  public Settings settings() {
    return settings;
  }

  public Identities identities() {
    return identities;
  }

  public SmkiStore smki() {
    return store;
  }

  public DeviceInventory inventory() {
    return inventory;
  }

  public EmulatedWan wan() {
    return wan;
  }

  public ResponseOutbox outbox() {
    return outbox;
  }

  public AnomalyDetector anomalyDetector() {
    return dcc.anomalyDetector();
  }

  public Quarantine quarantine() {
    return dcc.quarantine();
  }

  @Override
  public void close() {
    server.close();
    if (control != null) {
      control.close();
    }
    wan.close(); // stops the network's time too
    dcc.close();
    outbox.close();
    deliveryScheduler.shutdownNow();
  }
}

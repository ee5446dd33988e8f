package org.dccsim.app;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.dccsim.app.profile.DemoPopulation;
import org.dccsim.app.profile.Identities;
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
import org.dccsim.device.network.AcceleratedTime;
import org.dccsim.device.network.EmulatedWan;
import org.dccsim.device.network.NetworkDirectory;
import org.dccsim.device.network.WanSettings;
import org.dccsim.smki.CertificateValidityPolicy;
import org.dccsim.smki.crypto.CryptoProvider;
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
      CryptoProvider cryptoProvider) {

    public static Settings defaults(Path dataDir) {
      return new Settings(dataDir, List.of(), new InetSocketAddress("127.0.0.1", 8079), null, Optional.empty(),
          true, AnomalyThresholds.defaults(), ResponseCodes.defaults(), CertificateValidityPolicy.defaultPolicy(),
          true, Duration.ofSeconds(30), WanSettings.defaults(), DuisServer.Settings.defaults(),
          CryptoProvider.BC);
    }
  }

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

  private Simulator(Settings settings, Clock clock) throws InterruptedException {
    this.settings = settings;
    this.store = SmkiStore.open(settings.dataDir(), clock, new SecureRandom());
    this.identities = settings.smkiImports().isEmpty()
        ? Identities.embeddedDefault(store, settings.citedDspSerial())
        : Identities.imported(store, settings.smkiImports(), settings.citedDspSerial());
    DemoPopulation population = DemoPopulation.build(store, identities);

    this.inventory = new DeviceInventory();
    population.inventory().forEach(inventory::put);

    OutboxStore outboxStore = settings.durableOutbox()
        ? new FileOutboxStore(settings.dataDir().resolve("outbox"))
        : new MemoryOutboxStore();
    this.deliveryScheduler = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("rrs-delivery", true));
    this.outbox = new ResponseOutbox(outboxStore, settings.receiveResponseService(), deliveryScheduler,
        ResponseOutbox.RetryPolicy.defaults());
    this.dcc = new DccAssembly(settings, clock, store, identities, inventory, router -> {
      NetworkDirectory directory = new NetworkDirectory(null, settings.wan(), LANES);
      directory.addPremises(null, population.devices());
      return new EmulatedWan(directory,
          DeviceServices.create(clock, settings.cryptoProvider(), (eui, usage) -> store.device(eui, usage).privateKey()),
          router, settings.wan(), AcceleratedTime.realTime(clock, LANES), ThreadLocalRandom::current);
    }, outbox::submit);
    this.wan = (EmulatedWan) dcc.wan();
    this.server = DuisServer.start(settings.duisAddress(), settings.http(), dcc.pipeline());
  }

  /** Builds and starts a simulator; the DUIS port is bound when this returns. */
  public static Simulator start(Settings settings, Clock clock) throws InterruptedException {
    return new Simulator(settings, clock);
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
    wan.close();
    dcc.close();
    outbox.close();
    deliveryScheduler.shutdownNow();
  }
}

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
import javax.security.auth.x500.X500Principal;
import org.dccsim.app.profile.DemoPopulation;
import org.dccsim.app.profile.Identities;
import org.dccsim.app.profile.UserIdentity;
import org.dccsim.dcc.access.AccessControl;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.access.UserRegistry;
import org.dccsim.dcc.anomaly.AnomalyDetector;
import org.dccsim.dcc.anomaly.AnomalyThresholds;
import org.dccsim.dcc.anomaly.Quarantine;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.counter.RequestCounterGuard;
import org.dccsim.dcc.critical.IssuedPreCommands;
import org.dccsim.dcc.critical.SignedPreCommandVerifier;
import org.dccsim.dcc.delivery.FileOutboxStore;
import org.dccsim.dcc.delivery.MemoryOutboxStore;
import org.dccsim.dcc.delivery.OutboxStore;
import org.dccsim.dcc.delivery.ResponseOutbox;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.duis.response.DuisResponseWriter;
import org.dccsim.dcc.http.DuisServer;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.pipeline.DuisResponses;
import org.dccsim.dcc.pipeline.ResponseCodes;
import org.dccsim.dcc.pipeline.ServiceRequestPipeline;
import org.dccsim.dcc.service.ReadInventoryService;
import org.dccsim.dcc.service.ServiceHandlers;
import org.dccsim.dcc.signature.RequestAuthenticator;
import org.dccsim.dcc.signature.SmkiSignerResolver;
import org.dccsim.dcc.transform.EnableSupplyTransform;
import org.dccsim.dcc.transform.ReadInstantaneousImportRegistersTransform;
import org.dccsim.dcc.wan.DeviceCommandSender;
import org.dccsim.dcc.wan.DeviceResponseRouter;
import org.dccsim.dcc.wan.PendingCommands;
import org.dccsim.dcc.xmldsig.X509IssuerSerial;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.network.EmulatedWan;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.smki.CertificateValidityChecker;
import org.dccsim.smki.CertificateValidityPolicy;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.crypto.SharedSecretCache;
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
      EmulatedWan.Settings wan,
      DuisServer.Settings http,
      CryptoProvider cryptoProvider) {

    public static Settings defaults(Path dataDir) {
      return new Settings(dataDir, List.of(), new InetSocketAddress("127.0.0.1", 8079), null, Optional.empty(),
          true, AnomalyThresholds.defaults(), ResponseCodes.defaults(), CertificateValidityPolicy.defaultPolicy(),
          true, Duration.ofSeconds(30), EmulatedWan.Settings.defaults(), DuisServer.Settings.defaults(),
          CryptoProvider.BC);
    }
  }

  private final Settings settings;
  private final SmkiStore store;
  private final Identities identities;
  private final DeviceInventory inventory;
  private final ResponseOutbox outbox;
  private final ScheduledExecutorService deliveryScheduler;
  private final PendingCommands pending;
  private final EmulatedWan wan;
  private final AnomalyDetector anomalyDetector;
  private final Quarantine quarantine;
  private final DuisServer server;

  private Simulator(Settings settings, Clock clock) throws InterruptedException {
    this.settings = settings;
    this.store = SmkiStore.open(settings.dataDir(), clock, new SecureRandom());
    this.identities = settings.smkiImports().isEmpty()
        ? Identities.embeddedDefault(store, settings.citedDspSerial())
        : Identities.imported(store, settings.smkiImports(), settings.citedDspSerial());
    DemoPopulation population = DemoPopulation.build(store, identities);

    UserRegistry users = new UserRegistry();
    for (UserIdentity u : identities.users()) {
      users.register(new User(u.id(), u.name(), u.roles(), u.gbcsRole(), true));
    }
    this.inventory = new DeviceInventory();
    population.inventory().forEach(inventory::put);

    EcdsaP256 ecdsa = new EcdsaP256(settings.cryptoProvider());
    MessageKeyDerivation kdf = new MessageKeyDerivation(
        new SharedSecretCache(new EcdhP256(settings.cryptoProvider()), 1 << 16));
    GbcsMac mac = new GbcsMac(kdf);
    CertificateValidityChecker validity = new CertificateValidityChecker(clock, settings.validityPolicy());

    SmkiCertificate cited = identities.dcc().citedDspCertificate();
    XmlSigner dspSigner = new XmlSigner(ecdsa, identities.dcc().dspXmlSigning().privateKey(),
        new X509IssuerSerial(cited.issuer().getName(X500Principal.RFC2253), cited.serial()));
    DuisResponses responses = new DuisResponses(new DuisResponseWriter(dspSigner, clock), settings.responseCodes());

    OutboxStore outboxStore = settings.durableOutbox()
        ? new FileOutboxStore(settings.dataDir().resolve("outbox"))
        : new MemoryOutboxStore();
    this.deliveryScheduler = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("rrs-delivery", true));
    this.outbox = new ResponseOutbox(outboxStore, settings.receiveResponseService(), deliveryScheduler,
        ResponseOutbox.RetryPolicy.defaults());

    DeviceResponseRouter[] router = new DeviceResponseRouter[1];
    this.pending = new PendingCommands(settings.deviceResponseTimeout(), c -> router[0].onTimeout(c));
    router[0] = new DeviceResponseRouter(pending, responses, outbox::submit);
    this.wan = new EmulatedWan(DeviceServices.create(clock, settings.cryptoProvider(), 1 << 16), router[0], settings.wan());
    population.devices().forEach(wan::attach);

    ServiceCatalogue catalogue = ServiceCatalogue.duis54();
    ServiceHandlers handlers = new ServiceHandlers(catalogue)
        .register("8.2", new ReadInventoryService(inventory))
        .register("4.1.1", new ReadInstantaneousImportRegistersTransform())
        .register("7.1", new EnableSupplyTransform());
    this.anomalyDetector = new AnomalyDetector(settings.anomalyThresholds());
    this.quarantine = new Quarantine(10_000);

    ServiceRequestPipeline pipeline = new ServiceRequestPipeline(new ServiceRequestPipeline.Stages(
        new DuisRequestReader(),
        new RequestAuthenticator(new XmlSignatureVerifier(new SmkiSignerResolver(store.repository(), validity), ecdsa)),
        catalogue,
        new RequestCounterGuard(),
        new IssuedPreCommands(clock, Duration.ofHours(1), 100_000),
        new AccessControl(users, settings.enforceAccessControl()),
        inventory,
        anomalyDetector,
        quarantine,
        handlers,
        new SignedPreCommandVerifier(store.repository(), new GbcsSigner(ecdsa), validity),
        new DeviceCommandSender(mac, identities.dcc().acbKeyAgreement(), store.repository(), pending, wan),
        responses,
        outbox::submit,
        clock));
    this.server = DuisServer.start(settings.duisAddress(), settings.http(), pipeline);
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
    return anomalyDetector;
  }

  public Quarantine quarantine() {
    return quarantine;
  }

  @Override
  public void close() {
    server.close();
    wan.close();
    pending.close();
    outbox.close();
    deliveryScheduler.shutdownNow();
  }
}

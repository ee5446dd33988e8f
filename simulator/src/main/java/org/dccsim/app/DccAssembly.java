package org.dccsim.app;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.security.auth.x500.X500Principal;
import org.dccsim.app.profile.Identities;
import org.dccsim.app.profile.UserIdentity;
import org.dccsim.dcc.access.AccessControl;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.access.UserRegistry;
import org.dccsim.dcc.anomaly.AnomalyDetector;
import org.dccsim.dcc.anomaly.Quarantine;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.counter.AccessControlBrokerCounter;
import org.dccsim.dcc.counter.RequestCounterGuard;
import org.dccsim.dcc.critical.IssuedPreCommands;
import org.dccsim.dcc.critical.SignedPreCommandVerifier;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.duis.response.DuisResponseWriter;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.dcc.pipeline.DuisResponses;
import org.dccsim.dcc.pipeline.ServiceRequestPipeline;
import org.dccsim.dcc.service.ReadInventoryService;
import org.dccsim.dcc.service.ServiceHandlers;
import org.dccsim.dcc.signature.RequestAuthenticator;
import org.dccsim.dcc.signature.SmkiSignerResolver;
import org.dccsim.dcc.transform.CustomerIdentificationNumbers;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.dcc.transform.Transforms;
import org.dccsim.dcc.wan.DeviceCommandSender;
import org.dccsim.dcc.wan.DeviceResponseRouter;
import org.dccsim.dcc.wan.PendingCommands;
import org.dccsim.dcc.wan.PowerOutageReporter;
import org.dccsim.dcc.wan.ResponseTimeouts;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.dcc.xmldsig.X509IssuerSerial;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.gbcs.wan.WanTransport;
import org.dccsim.smki.CertificateValidityChecker;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.dccsim.smki.pki.SmkiStore;

/**
 * The DCC side assembled from its parts: the request pipeline with every stage, the SRV
 * handlers, the DSP response signer, and the routing of device responses back to the outbox. The
 * WAN is given from outside (the emulated network, or a discarding one in benchmarks).
 */
public final class DccAssembly implements AutoCloseable {

  private final ServiceRequestPipeline pipeline;
  private final AnomalyDetector anomalyDetector;
  private final Quarantine quarantine;
  private final PendingCommands pending;
  private final WanTransport wan;

  public DccAssembly(Simulator.Settings settings, Clock clock, SmkiStore store, Identities identities,
      DeviceInventory inventory, Function<DeviceMessageListener, WanTransport> wanFactory, Consumer<byte[]> outbox) {
    UserRegistry users = new UserRegistry();
    for (UserIdentity u : identities.users()) {
      users.register(new User(u.id(), u.name(), u.roles(), u.gbcsRole(), true));
    }
    EcdsaP256 ecdsa = new EcdsaP256(settings.cryptoProvider());
    GbcsMac mac = new GbcsMac(new MessageKeyDerivation(
        new SharedSecretCache(new EcdhP256(settings.cryptoProvider()), 1 << 16)));
    CertificateValidityChecker validity = new CertificateValidityChecker(clock, settings.validityPolicy());

    SmkiCertificate cited = identities.dcc().citedDspCertificate();
    XmlSigner dspSigner = new XmlSigner(ecdsa, identities.dcc().dspXmlSigning().privateKey(),
        new X509IssuerSerial(cited.issuer().getName(X500Principal.RFC2253), cited.serial()));
    DuisResponses responses = new DuisResponses(new DuisResponseWriter(dspSigner, clock), settings.responseCodes());

    AccessControlBrokerCounter dccCounter = new AccessControlBrokerCounter(clock);
    DeviceResponseRouter[] router = new DeviceResponseRouter[1];
    this.pending = new PendingCommands(settings.deviceResponseTimeout(), c -> router[0].onTimeout(c));
    router[0] = new DeviceResponseRouter(pending, responses, outbox, new PowerOutageReporter(
        inventory, responses, outbox, dccCounter, settings.estate().powerOutageAlertCode()));
    this.wan = wanFactory.apply(router[0]);

    ServiceCatalogue catalogue = ServiceCatalogue.duis54();
    ServiceHandlers handlers = new ServiceHandlers(catalogue)
        .register("8.2", new ReadInventoryService(inventory));
    // the DCC's records of HAN device logs, which restores (8.12) send to a replacement hub or GPF
    TransformRegistry transforms = Transforms.standard(
        catalogue, inventory, store.repository(), new HanDeviceLogs(), CustomerIdentificationNumbers.unpredictable());
    for (String variant : transforms.variants()) {
      handlers.register(variant, transforms.forVariant(variant).orElseThrow());
    }
    this.anomalyDetector = new AnomalyDetector(settings.anomalyThresholds());
    this.quarantine = new Quarantine(10_000);
    this.pipeline = new ServiceRequestPipeline(new ServiceRequestPipeline.Stages(
        new DuisRequestReader(),
        new RequestAuthenticator(new XmlSignatureVerifier(new SmkiSignerResolver(store.repository(), validity), ecdsa)),
        catalogue,
        new RequestCounterGuard(),
        dccCounter,
        new IssuedPreCommands(clock, Duration.ofHours(1), 100_000),
        new AccessControl(users, settings.enforceAccessControl()),
        inventory,
        anomalyDetector,
        quarantine,
        handlers,
        new SignedPreCommandVerifier(store.repository(), new GbcsSigner(ecdsa), validity),
        new DeviceCommandSender(mac, identities.dcc().acbKeyAgreement(), store.repository(), pending, wan,
            responseTimeouts(settings)),
        responses,
        outbox,
        clock));
  }

  /**
   * The settings' device timeout for every device, plus the wake interval for a sleeping GSME; on
   * the wall clock, so shortened when the network's time runs faster.
   */
  static ResponseTimeouts responseTimeouts(Simulator.Settings settings) {
    Duration standard = settings.deviceResponseTimeout();
    return ResponseTimeouts.of(standard)
        .with(DeviceType.GSME, standard.plus(settings.wan().gsmeWakeInterval()))
        .acceleratedBy(settings.estate().timeFactor());
  }

  public ServiceRequestPipeline pipeline() {
    return pipeline;
  }

  public AnomalyDetector anomalyDetector() {
    return anomalyDetector;
  }

  public Quarantine quarantine() {
    return quarantine;
  }

  public WanTransport wan() {
    return wan;
  }

  public PendingCommands pending() {
    return pending;
  }

  @Override
  public void close() {
    pending.close();
  }
}

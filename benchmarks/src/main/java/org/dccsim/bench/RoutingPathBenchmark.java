package org.dccsim.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.dccsim.app.DccAssembly;
import org.dccsim.app.Simulator;
import org.dccsim.app.profile.DemoPopulation;
import org.dccsim.app.profile.Identities;
import org.dccsim.dcc.anomaly.AnomalyThresholds;
import org.dccsim.dcc.catalogue.DuisService;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.duis.DuisRequestSigner;
import org.dccsim.dcc.http.SyncReply;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.xmldsig.X509IssuerSerial;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.pki.SmkiStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The DCC's synchronous routing path on prepared, signed DUIS requests: read (hardened StAX, one
 * pass with the canonical digest), XMLDSig verify, counter, access control, anomaly detection,
 * the route decision and what it leads to — for 4.1.1 the ECS17b command built, MACed and handed
 * to a WAN that discards it, for 8.2 the inventory answer — and the signed synchronous reply.
 * The JDK and BouncyCastle providers are compared in the same run.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RoutingPath                     # all
 * java -jar benchmarks/target/benchmarks.jar 'RoutingPath.route' -p provider=BC
 * java -jar benchmarks/target/benchmarks.jar RoutingPath -prof gc
 * </pre>
 *
 * Each iteration starts a fresh DCC (counters, anomaly counts) and replays distinct requests, so
 * every measured request takes the success path; the teardown checks that it did.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RoutingPathBenchmark {

  private static final int REQUESTS = 1 << 14;
  private static final int MASK = REQUESTS - 1;
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  @Param({"BC", "JDK"})
  public CryptoProvider provider;

  @Param({"4.1.1", "8.2"})
  public String variant;

  private Path dataDir;
  private Simulator.Settings settings;
  private SmkiStore store;
  private Identities identities;
  private DeviceInventory inventory;
  private DuisService service;
  private byte[][] requests;
  private EcdsaP256 ecdsa;
  private Credential supplierXmlSign;
  private byte[] signedInfo;
  private byte[] signature;

  private DccAssembly dcc;
  private int next;
  private SyncReply last;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    dataDir = Files.createTempDirectory("dccsim-bench");
    Simulator.Settings d = Simulator.Settings.defaults(dataDir);
    settings = new Simulator.Settings(dataDir, List.of(), new InetSocketAddress("127.0.0.1", 0), null,
        Optional.empty(), true, new AnomalyThresholds(Duration.ofHours(1), 0, 0, 0, Map.of()), d.responseCodes(),
        d.validityPolicy(), false, Duration.ofHours(1), d.wan(), d.http(), provider, d.estate());
    store = SmkiStore.open(dataDir, Clock.systemUTC(), new SecureRandom());
    identities = Identities.embeddedDefault(store, Optional.empty());
    inventory = new DeviceInventory();
    DemoPopulation.build(store, identities).inventory().forEach(inventory::put);

    String template = variant.equals("8.2")
        ? Templates.READ_INVENTORY
        : Templates.READ_INSTANTANEOUS_IMPORT_REGISTERS;
    service = variant.equals("8.2") ? DuisService.NON_DEVICE : DuisService.SEND_COMMAND;
    supplierXmlSign = store.organisation(SUPPLIER, RemotePartyRole.XML_SIGN, KeyUsage.DIGITAL_SIGNATURE, "Demo Supplier");
    DuisRequestSigner signer = new DuisRequestSigner(new XmlSigner(new EcdsaP256(CryptoProvider.BC),
        supplierXmlSign.privateKey(), new X509IssuerSerial(
            supplierXmlSign.certificate().issuer().getName(X500Principal.RFC2253), supplierXmlSign.certificate().serial())));
    requests = new byte[REQUESTS][];
    byte[] unsigned = template.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < REQUESTS; i++) {
      requests[i] = signer.signWithCounter(unsigned, 1_000_000L + i);
    }
    ecdsa = new EcdsaP256(provider);
    signedInfo = new DuisRequestReader().read(requests[0]).signature().canonicalSignedInfo();
    signature = ecdsa.sign(supplierXmlSign.privateKey(), signedInfo);
  }

  @Setup(Level.Iteration)
  public void freshDcc() {
    dcc = new DccAssembly(settings, Clock.systemUTC(), store, identities, inventory,
        router -> (device, message) -> {}, message -> {});
    next = 0;
  }

  /** The whole synchronous path of one request, as the DUIS front end's worker runs it. */
  @Benchmark
  public SyncReply route() {
    SyncReply r = dcc.pipeline().process(service, requests[next++ & MASK]);
    last = r;
    return r;
  }

  /** The ECDSA verification inside it, alone, with the cached public key: the provider's share. */
  @Benchmark
  public boolean ecdsaVerify() {
    return ecdsa.verify(supplierXmlSign.certificate().publicKey(), signedInfo, signature);
  }

  @TearDown(Level.Iteration)
  public void checkTheSuccessPathWasMeasured() {
    dcc.close();
    if (last != null) {
      String body = last.bodyText();
      boolean ok = body.contains("<sr:ResponseCode>I99<") || body.contains("<sr:ResponseCode>I0<");
      if (!ok || next > REQUESTS) {
        throw new IllegalStateException("the iteration left the success path (" + next + " requests, last reply: "
            + body.substring(0, Math.min(400, body.length())) + ")");
      }
    }
    last = null;
  }
}

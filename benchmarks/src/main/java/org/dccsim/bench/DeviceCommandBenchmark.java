package org.dccsim.bench;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.EuiPlan;
import org.dccsim.device.dlms.Obis;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.GbcsCommands;
import org.dccsim.gbcs.usecase.EnableSupply;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.pki.DeviceKeyDerivation;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * What one emulated ESME costs per command, on one thread, as a population's meters are set up
 * (keys derived on demand, nothing held per device but its state):
 *
 * <ul>
 *   <li>{@code nonCritical}: the yardstick, MAC check, execute, MACed response: ECS23 Read
 *       Voltage Operational Data's register reads (sag and swell counters with their scalers, four
 *       GETs on the COSEM engine) through the CommandGuard's checks, answered MACed for the
 *       supplier;
 *   <li>{@code nonCriticalEncrypted}: ECS17b Read Instantaneous Import Registers, whose response is
 *       also encrypted for the supplier (one more key derivation and AES-GCM);
 *   <li>{@code critical}: ECS42 Enable Supply: the checks, the supplier's signature verified, supply
 *       switched, the response signed by the meter;
 *   <li>{@code ecdsaVerifyAndSign}: one P-256 verify and one sign by the same provider, the bound a
 *       critical command is held to, measured in the same run.
 * </ul>
 *
 * Commands go round {@code devices} meters, each with its shared secrets already agreed (a meter
 * computes them on its first command). Each iteration's commands are made, with counters that
 * keep increasing, before it starts.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DeviceCommand
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeviceCommandBenchmark {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  /** ECS23 Read Voltage Operational Data. */
  private static final int READ_VOLTAGE_OPERATIONAL_DATA = 0x0039;
  /** Commands made per millisecond of iteration: more than the fastest run can use. */
  private static final int NON_CRITICAL_PER_MS = 200;
  private static final int CRITICAL_PER_MS = 6;

  @Param({"1024"})
  public int devices;

  private DeviceServices services;
  private Esme[] meters;
  /** The access control broker's shared secret with each meter, as the DCC keeps it. */
  private byte[][] acbSecret;
  private PrivateKey supplierDs;
  private PublicKey supplierDsPublic;
  private byte[][] nonCriticalCommands;
  private byte[][] encryptedCommands;
  private byte[][] criticalCommands;
  private int nextNonCritical;
  private int nextEncrypted;
  private int nextCritical;
  private long counter = 1_000;
  private EcdsaP256 ecdsa;
  private byte[] toSign;
  private byte[] signature;

  @Setup(Level.Trial)
  public void buildMeters() {
    SecureRandom random = new SecureRandom();
    DeviceKeyDerivation keys = DeviceKeyDerivation.fromMasterSecret(new byte[32]);
    services = DeviceServices.create(Clock.systemUTC(), CryptoProvider.BC, keys::privateKey);
    KeyPair supplierDsPair = EcKeys.generate(random);
    KeyPair supplierKa = EcKeys.generate(random);
    KeyPair acb = EcKeys.generate(random);
    supplierDs = supplierDsPair.getPrivate();
    supplierDsPublic = supplierDsPair.getPublic();
    TrustAnchors anchors = TrustAnchors.of(
        new TrustAnchor(RemotePartyRole.SUPPLIER, SUPPLIER, supplierDsPair.getPublic(), supplierKa.getPublic()),
        new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, Eui64.DCC_ACCESS_CONTROL_BROKER, null, acb.getPublic()));
    EuiPlan plan = new EuiPlan(EuiPlan.DEFAULT_PREFIX, devices);
    meters = new Esme[devices];
    acbSecret = new byte[devices][];
    for (int i = 0; i < devices; i++) {
      Eui64 id = plan.eui(i, DeviceSlot.ESME);
      meters[i] = new Esme(id, anchors, SupplyState.ENABLED);
      acbSecret[i] = services.ecdh().sharedSecret(acb.getPrivate(), EcKeys.publicKey(keys.scalar(id, KeyUsage.KEY_AGREEMENT)));
    }
    // each meter's first command agrees its shared secrets; that is not what is measured
    for (int i = 0; i < devices; i++) {
      meters[i].receive(wrap(i, ReadInstantaneousImportRegisters.command(counter, SUPPLIER, meters[i].id())), services);
    }
    counter++;
    ecdsa = new EcdsaP256(CryptoProvider.BC);
    toSign = new byte[96];
    random.nextBytes(toSign);
    signature = ecdsa.sign(supplierDs, toSign);
  }

  /** Makes this iteration's commands, only of the kind the running benchmark sends. */
  @Setup(Level.Iteration)
  public void makeCommands(BenchmarkParams benchmark, IterationParams iteration) {
    long ms = iteration.getTime().convertTo(TimeUnit.MILLISECONDS);
    String method = benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
    nonCriticalCommands = method.equals("nonCritical")
        ? commands((int) (ms * NON_CRITICAL_PER_MS), (c, meter) -> readVoltageCounters(c, meter))
        : null;
    encryptedCommands = method.equals("nonCriticalEncrypted")
        ? commands((int) (ms * NON_CRITICAL_PER_MS), (c, meter) -> ReadInstantaneousImportRegisters.command(c, SUPPLIER, meter))
        : null;
    criticalCommands = method.equals("critical")
        ? commands((int) (ms * CRITICAL_PER_MS),
            (c, meter) -> services.signer().sign(EnableSupply.preCommand(c, SUPPLIER, meter), supplierDs))
        : null;
    nextNonCritical = 0;
    nextEncrypted = 0;
    nextCritical = 0;
  }

  /** {@code n} commands round the meters, each meter's counters increasing, MACed by the ACB. */
  private byte[][] commands(int n, java.util.function.BiFunction<Long, Eui64, GeneralSigningApdu> command) {
    byte[][] out = new byte[n][];
    for (int k = 0; k < n; k++) {
      int i = k % devices;
      out[k] = wrap(i, command.apply(counter + k / devices, meters[i].id()));
    }
    counter += n / devices + 1;
    return out;
  }

  /** ECS23's register reads: the voltage sag and swell counters of phase 1, values and scalers. */
  private static GeneralSigningApdu readVoltageCounters(long counter, Eui64 meter) {
    List<AccessRequestSpec> specs = new ArrayList<>();
    for (String register : new String[] {"1-0:32.32.0.4", "1-0:32.36.0.4"}) {
      specs.add(AccessRequestSpec.get(3, Obis.of(register), 2));
      specs.add(AccessRequestSpec.get(3, Obis.of(register), 3));
    }
    List<DlmsData> noData = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      noData.add(DlmsData.nullData());
    }
    return GbcsCommands.dlmsCommand(READ_VOLTAGE_OPERATIONAL_DATA, counter, SUPPLIER, meter, Optional.empty(), specs, noData);
  }

  @Benchmark
  public byte[] nonCritical() {
    int n = nextNonCritical++;
    return meters[n % devices].receive(next(nonCriticalCommands, n), services)
        .orElseThrow(() -> new IllegalStateException("meter refused command " + n));
  }

  @Benchmark
  public byte[] nonCriticalEncrypted() {
    int n = nextEncrypted++;
    return meters[n % devices].receive(next(encryptedCommands, n), services)
        .orElseThrow(() -> new IllegalStateException("meter refused command " + n));
  }

  @Benchmark
  public byte[] critical() {
    int n = nextCritical++;
    return meters[n % devices].receive(next(criticalCommands, n), services)
        .orElseThrow(() -> new IllegalStateException("meter refused command " + n));
  }

  @Benchmark
  public boolean ecdsaVerifyAndSign() {
    boolean ok = ecdsa.verify(supplierDsPublic, toSign, signature);
    return ok & ecdsa.sign(supplierDs, toSign).length == 64;
  }

  private static byte[] next(byte[][] commands, int n) {
    if (n >= commands.length) {
      throw new IllegalStateException("the iteration used more than the " + commands.length
          + " commands made for it: raise the per-millisecond count");
    }
    return commands[n];
  }

  private byte[] wrap(int meter, GeneralSigningApdu apdu) {
    return services.mac().wrap(apdu, acbSecret[meter]);
  }
}

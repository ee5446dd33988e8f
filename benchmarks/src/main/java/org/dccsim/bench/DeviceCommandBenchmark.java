package org.dccsim.bench;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.EuiPlan;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
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

/**
 * What one emulated ESME costs per command, on one thread, as a population's meters are set up
 * (keys derived on demand, nothing held per device but its state):
 *
 * <ul>
 *   <li>{@code nonCritical}: ECS17b Read Instantaneous Import Registers: the CommandGuard's checks
 *       with the MAC under the access control broker's key, the registers from the consumption
 *       model, the response encrypted and MACed for the supplier;
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
  /** More than one iteration of a second can use at the fastest (about 8 µs a command). */
  private static final int NON_CRITICAL_PER_ITERATION = 160_000;
  private static final int CRITICAL_PER_ITERATION = 6_000;

  @Param({"1024"})
  public int devices;

  private DeviceServices services;
  private Esme[] meters;
  /** The access control broker's shared secret with each meter, as the DCC keeps it. */
  private byte[][] acbSecret;
  private PrivateKey supplierDs;
  private PublicKey supplierDsPublic;
  private byte[][] nonCriticalCommands;
  private byte[][] criticalCommands;
  private int nextNonCritical;
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

  @Setup(Level.Iteration)
  public void makeCommands() {
    nonCriticalCommands = new byte[NON_CRITICAL_PER_ITERATION][];
    for (int n = 0; n < nonCriticalCommands.length; n++) {
      int i = n % devices;
      nonCriticalCommands[n] = wrap(i, ReadInstantaneousImportRegisters.command(counter + n / devices, SUPPLIER, meters[i].id()));
    }
    counter += NON_CRITICAL_PER_ITERATION / devices + 1;
    criticalCommands = new byte[CRITICAL_PER_ITERATION][];
    for (int n = 0; n < criticalCommands.length; n++) {
      int i = n % devices;
      GeneralSigningApdu signed = services.signer().sign(
          EnableSupply.preCommand(counter + n / devices, SUPPLIER, meters[i].id()), supplierDs);
      criticalCommands[n] = wrap(i, signed);
    }
    counter += CRITICAL_PER_ITERATION / devices + 1;
    nextNonCritical = 0;
    nextCritical = 0;
  }

  @Benchmark
  public byte[] nonCritical() {
    int n = nextNonCritical++;
    return meters[n % devices].receive(nonCriticalCommands[n], services)
        .orElseThrow(() -> new IllegalStateException("meter refused command " + n));
  }

  @Benchmark
  public byte[] critical() {
    int n = nextCritical++;
    return meters[n % devices].receive(criticalCommands[n], services)
        .orElseThrow(() -> new IllegalStateException("meter refused command " + n));
  }

  @Benchmark
  public boolean ecdsaVerifyAndSign() {
    boolean ok = ecdsa.verify(supplierDsPublic, toSign, signature);
    return ok & ecdsa.sign(supplierDs, toSign).length == 64;
  }

  private byte[] wrap(int meter, GeneralSigningApdu apdu) {
    return services.mac().wrap(apdu, acbSecret[meter]);
  }
}

package org.dccsim.bench;

import java.lang.management.ManagementFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.EuiPlan;
import org.dccsim.gbcs.usecase.EnableSupply;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a meter holds once it has worked, against at rest (PopulationBuildBenchmark measures a
 * population at rest): {@code meters} ESMEs each answer a non-critical read (ECS17b, so the
 * access control broker's and the supplier's shared secrets are agreed and kept, and the
 * supplier's counter recorded) and a critical Enable Supply (signed by the supplier). Printed after
 * the iteration as "footprint:": heap per meter at rest and after, after a full GC. The time
 * measured is the whole round, dominated by the two ECDH agreements and the ECDSA verify and sign
 * per meter.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DeviceFootprint
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DeviceFootprintBenchmark {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  @Param({"20000"})
  public int meters;

  private DeviceServices services;
  private KeyPair supplierDs;
  private byte[][] acbSecret;
  private Esme[] esmes;
  private long heapEmpty;
  private long heapAtRest;

  @Setup(Level.Iteration)
  public void buildMeters() {
    SecureRandom random = new SecureRandom();
    DeviceKeyDerivation keys = DeviceKeyDerivation.fromMasterSecret(new byte[32]);
    services = DeviceServices.create(Clock.systemUTC(), CryptoProvider.BC, keys::privateKey);
    supplierDs = EcKeys.generate(random);
    KeyPair supplierKa = EcKeys.generate(random);
    KeyPair acb = EcKeys.generate(random);
    TrustAnchors anchors = TrustAnchors.of(
        new TrustAnchor(RemotePartyRole.SUPPLIER, SUPPLIER, supplierDs.getPublic(), supplierKa.getPublic()),
        new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, Eui64.DCC_ACCESS_CONTROL_BROKER, null, acb.getPublic()));
    EuiPlan plan = new EuiPlan(EuiPlan.DEFAULT_PREFIX, meters);
    acbSecret = new byte[meters][];
    for (int i = 0; i < meters; i++) {
      acbSecret[i] = services.ecdh().sharedSecret(acb.getPrivate(),
          EcKeys.publicKey(keys.scalar(plan.eui(i, DeviceSlot.ESME), KeyUsage.KEY_AGREEMENT)));
    }
    heapEmpty = usedHeapAfterGc();
    esmes = new Esme[meters];
    for (int i = 0; i < meters; i++) {
      esmes[i] = new Esme(plan.eui(i, DeviceSlot.ESME), anchors);
    }
    heapAtRest = usedHeapAfterGc();
  }

  @Benchmark
  public int everyMeterAnswersAReadAndAnEnableSupply() {
    int answered = 0;
    for (int i = 0; i < meters; i++) {
      Eui64 id = esmes[i].id();
      answered += esmes[i].receive(services.mac().wrap(ReadInstantaneousImportRegisters.command(1_000, SUPPLIER, id),
          acbSecret[i]), services).isPresent() ? 1 : 0;
      answered += esmes[i].receive(services.mac().wrap(services.signer().sign(
          EnableSupply.preCommand(1_001, SUPPLIER, id), supplierDs.getPrivate()), acbSecret[i]), services)
          .isPresent() ? 1 : 0;
    }
    if (answered != 2 * meters) {
      throw new IllegalStateException("only " + answered + " of " + 2 * meters + " commands answered");
    }
    return answered;
  }

  @TearDown(Level.Iteration)
  public void reportFootprint() {
    long after = usedHeapAfterGc();
    System.out.printf("%nfootprint: %,d meters, %.1f bytes per meter at rest, %.1f bytes per meter after a read "
        + "and an Enable Supply%n", meters, (double) (heapAtRest - heapEmpty) / meters,
        (double) (after - heapEmpty) / meters);
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

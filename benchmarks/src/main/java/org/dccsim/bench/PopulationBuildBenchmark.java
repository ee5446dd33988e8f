package org.dccsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.population.Population;
import org.dccsim.device.population.PopulationBuilder;
import org.dccsim.device.population.PopulationDescription;
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
 * Building a population of {@code premises} premises, each with an ESME, a GSME, a Comms Hub and a
 * GPF (the yardstick; the CLI default adds a PPMID and an IHD): the time to build it, and,
 * printed after each iteration as "footprint:", the heap it holds after a full GC divided by its
 * devices. The heap is measured as used heap after {@code System.gc()} with the population
 * held, less the same before the build; the JVM should be given enough heap ({@code -Xmx}) and a
 * collector that honours explicit GC (the default G1 does).
 *
 * <pre>
 * java -Xmx8g -jar benchmarks/target/benchmarks.jar PopulationBuild
 * java -Xmx8g -jar benchmarks/target/benchmarks.jar PopulationBuild -p premises=100000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class PopulationBuildBenchmark {

  @Param({"1000000"})
  public long premises;

  private PopulationDescription description;
  private PopulationBuilder builder;
  private long heapBefore;
  private Population built;

  @Setup(Level.Trial)
  public void prepare() {
    description = PopulationDescription.fromJson("{\"ppmid\": 0, \"ihd\": 0}").withPremises(premises);
    TrustAnchors anchors = TrustAnchors.of();
    builder = new PopulationBuilder(p -> anchors, Clock.systemUTC());
  }

  @Setup(Level.Iteration)
  public void measureHeapBefore() {
    built = null;
    heapBefore = usedHeapAfterGc();
  }

  @Benchmark
  public Population build() {
    built = builder.build(description, n -> { });
    return built;
  }

  @TearDown(Level.Iteration)
  public void reportFootprint() {
    long after = usedHeapAfterGc();
    System.out.printf("%nfootprint: %,d devices, %,d bytes of heap after a full GC, %.1f bytes per device%n",
        built.deviceCount(), after - heapBefore, (double) (after - heapBefore) / built.deviceCount());
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

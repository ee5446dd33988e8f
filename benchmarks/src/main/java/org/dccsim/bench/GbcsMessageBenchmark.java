package org.dccsim.bench;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.usecase.EnableSupply;
import org.dccsim.gbcs.usecase.ImportRegisterReadings;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.gbcs.usecase.UnexpectedPayloadException;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-message costs of the GBCS layer on messages dccsim builds itself (the RTDS stays test data):
 * decoding and re-encoding a MACed ECS17b command, computing and checking its MAC (shared secret
 * cached, as on the hot path), signing and verifying the ECS42 Pre-Command, and decrypting the
 * registers of an ECS17b response.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar GbcsMessage
 * java -jar benchmarks/target/benchmarks.jar 'GbcsMessageBenchmark.(decode|encode)' -p provider=BC
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GbcsMessageBenchmark {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");

  private static final int COMMANDS = 256;

  @Param({"BC", "JDK"})
  public CryptoProvider provider;

  private byte[] command;
  private GbcsMessage decodedCommand;
  /** Distinct counters, so that each MAC has its own key as in real traffic (GBCS never reuses one). */
  private GeneralSigningApdu[] commands;
  private int next;
  private GeneralSigningApdu preCommand;
  private GeneralSigningApdu signedPreCommand;
  private GeneralSigningApdu response;
  private GbcsMac mac;
  private GbcsSigner signer;
  private ReadInstantaneousImportRegisters ecs17b;
  private KeyPair acbKa;
  private KeyPair esmeKa;
  private KeyPair supplierKa;
  private KeyPair supplierDs;

  @Setup
  public void prepare() throws GbcsCodecException {
    SecureRandom random = new SecureRandom();
    acbKa = EcKeys.generate(random);
    esmeKa = EcKeys.generate(random);
    supplierKa = EcKeys.generate(random);
    supplierDs = EcKeys.generate(random);
    MessageKeyDerivation kdf = new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(provider), 16));
    mac = new GbcsMac(kdf);
    signer = new GbcsSigner(new EcdsaP256(provider));
    ecs17b = new ReadInstantaneousImportRegisters(new SensitivePayloadCipher(kdf));
    command = mac.wrap(ReadInstantaneousImportRegisters.command(1_795_000_000_000L, SUPPLIER, ESME),
        acbKa.getPrivate(), esmeKa.getPublic());
    decodedCommand = GbcsCodec.decode(command);
    commands = new GeneralSigningApdu[COMMANDS];
    for (int i = 0; i < COMMANDS; i++) {
      commands[i] = ReadInstantaneousImportRegisters.command(1_795_000_000_000L + i, SUPPLIER, ESME);
    }
    preCommand = EnableSupply.preCommand(1_795_000_000_001L, SUPPLIER, ESME);
    signedPreCommand = signer.sign(preCommand, supplierDs.getPrivate());
    response = ecs17b.response(
        new ReadInstantaneousImportRegisters.Request(1_795_000_000_000L, SUPPLIER, ESME),
        new ImportRegisterReadings(new ImportRegisterReadings.RegisterValue(123_456, 0, 30),
            new ImportRegisterReadings.RegisterValue(12_345, 0, 32), OptionalLong.empty()),
        Optional.of(CosemDateTime.of(java.time.LocalDateTime.of(2026, 11, 28, 12, 0), 0x8000, 0xFF)),
        esmeKa.getPrivate(), supplierKa.getPublic());
  }

  @Benchmark
  public GbcsMessage decode() throws GbcsCodecException {
    return GbcsCodec.decode(command);
  }

  @Benchmark
  public byte[] encode() {
    return GbcsCodec.encode(decodedCommand);
  }

  @Benchmark
  public byte[] macCompute() {
    return mac.compute(commands[next++ & (COMMANDS - 1)], acbKa.getPrivate(), esmeKa.getPublic());
  }

  @Benchmark
  public boolean macVerify() {
    return mac.verify(decodedCommand, esmeKa.getPrivate(), acbKa.getPublic());
  }

  @Benchmark
  public GeneralSigningApdu sign() {
    return signer.sign(preCommand, supplierDs.getPrivate());
  }

  @Benchmark
  public boolean verify() {
    return signer.verify(signedPreCommand, supplierDs.getPublic());
  }

  @Benchmark
  public ImportRegisterReadings decrypt() throws GbcsCodecException, UnexpectedPayloadException, GbcsSecurityException {
    return ecs17b.parseResponse(response, supplierKa.getPrivate(), esmeKa.getPublic());
  }
}

package org.dccsim.bench;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.dccsim.smki.crypto.AesGcm;
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
 * The GBCS MAC (a 12-byte GMAC with a fresh key per message) as dccsim computes it, through the
 * JDK's SunJCE AES-GCM (AES-NI, carry-less multiply), against BouncyCastle's lightweight GCM, on a
 * typical command's additional authenticated data. This is why {@code AesGcm} uses SunJCE.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AesGcm
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AesGcmBenchmark {

  @Param({"SunJCE", "BouncyCastle"})
  public String implementation;

  @Param({"160"})
  public int aadBytes;

  private byte[] key;
  private byte[] iv;
  private byte[] aad;
  private int next;

  @Setup
  public void prepare() {
    SecureRandom r = new SecureRandom();
    key = new byte[16];
    iv = new byte[12];
    aad = new byte[aadBytes];
    r.nextBytes(key);
    r.nextBytes(iv);
    r.nextBytes(aad);
  }

  /** Each call changes the key, as each GBCS message has its own. */
  @Benchmark
  public byte[] gmac() throws InvalidCipherTextException {
    key[0] = (byte) next++;
    if (implementation.equals("SunJCE")) {
      return AesGcm.gmac(key, iv, aad, 0, aad.length);
    }
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(true, new AEADParameters(new KeyParameter(key), 96, iv));
    gcm.processAADBytes(aad, 0, aad.length);
    byte[] tag = new byte[12];
    gcm.doFinal(tag, 0);
    return tag;
  }
}

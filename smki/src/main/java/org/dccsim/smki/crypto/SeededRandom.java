package org.dccsim.smki.crypto;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A {@link SecureRandom} whose output is a pure function of its seed: HMAC-SHA256(seed, block
 * counter) blocks, one after another. For the one place dccsim needs reproducible randomness:
 * issuing a derived device's certificate (serial and ECDSA nonce) so that it comes out the same on
 * every run without being stored. Never for keys or nonces that must stay secret from whoever
 * knows the seed.
 */
public final class SeededRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;

  public SeededRandom(byte[] seed) {
    super(new Stream(seed), null);
  }

  private static final class Stream extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;

    private final HMac hmac = new HMac(new SHA256Digest());
    private final byte[] block = new byte[32];
    private final byte[] counter = new byte[8];
    private int used = block.length;
    private long blocks;

    Stream(byte[] seed) {
      hmac.init(new KeyParameter(seed.clone()));
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      // the stream is fixed by the constructor's seed; SecureRandom calls this with no seed of ours
    }

    @Override
    protected synchronized void engineNextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        if (used == block.length) {
          refill();
        }
        bytes[i] = block[used++];
      }
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      byte[] b = new byte[numBytes];
      engineNextBytes(b);
      return b;
    }

    private void refill() {
      long n = blocks++;
      for (int i = 0; i < 8; i++) {
        counter[i] = (byte) (n >>> (8 * (7 - i)));
      }
      hmac.update(counter, 0, counter.length);
      hmac.doFinal(block, 0);
      used = 0;
    }
  }
}

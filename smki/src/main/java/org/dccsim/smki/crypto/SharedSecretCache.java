package org.dccsim.smki.crypto;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caches ECDH shared secrets per (local private key, peer public key). Z depends only on the two
 * static keys, so after the first message each MAC costs one SHA-256 and one GMAC instead of an
 * ECDH. Keys are compared by identity: the SMKI repository hands out one decoded key object per
 * certificate, so identity is both correct and cheap. The cache is bounded; when full it is
 * emptied, which only costs recomputation.
 */
public final class SharedSecretCache {

  private final EcdhP256 ecdh;
  private final int capacity;
  private final ConcurrentHashMap<Pair, byte[]> secrets = new ConcurrentHashMap<>();

  public SharedSecretCache(EcdhP256 ecdh, int capacity) {
    this.ecdh = ecdh;
    this.capacity = capacity;
  }

  /** The shared secret; callers must not modify the returned array. */
  public byte[] sharedSecret(PrivateKey local, PublicKey peer) {
    Pair key = new Pair(local, peer);
    byte[] z = secrets.get(key);
    if (z == null) {
      z = ecdh.sharedSecret(local, peer);
      if (secrets.size() >= capacity) {
        secrets.clear();
      }
      secrets.put(key, z);
    }
    return z;
  }

  public int size() {
    return secrets.size();
  }

  private static final class Pair {
    private final PrivateKey local;
    private final PublicKey peer;
    private final int hash;

    Pair(PrivateKey local, PublicKey peer) {
      this.local = local;
      this.peer = peer;
      this.hash = 31 * System.identityHashCode(local) + System.identityHashCode(peer);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.local == local && p.peer == peer;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}

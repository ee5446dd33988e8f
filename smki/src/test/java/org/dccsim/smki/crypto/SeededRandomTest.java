package org.dccsim.smki.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeededRandomTest {

  @Test
  void theSameSeedGivesTheSameStreamHoweverItIsRead() {
    byte[] oneGo = new byte[100];
    new SeededRandom(new byte[] {1, 2, 3}).nextBytes(oneGo);
    SeededRandom pieces = new SeededRandom(new byte[] {1, 2, 3});
    byte[] a = new byte[7];
    byte[] b = new byte[93];
    pieces.nextBytes(a);
    pieces.nextBytes(b);

    byte[] joined = new byte[100];
    System.arraycopy(a, 0, joined, 0, 7);
    System.arraycopy(b, 0, joined, 7, 93);
    assertThat(joined).isEqualTo(oneGo);
  }

  @Test
  void anotherSeedGivesAnotherStream() {
    byte[] x = new byte[32];
    byte[] y = new byte[32];
    new SeededRandom(new byte[] {1, 2, 3}).nextBytes(x);
    new SeededRandom(new byte[] {1, 2, 4}).nextBytes(y);
    assertThat(x).isNotEqualTo(y);
  }

  @Test
  void seedingAfterwardsDoesNotChangeTheStream() {
    byte[] x = new byte[32];
    byte[] y = new byte[32];
    new SeededRandom(new byte[] {9}).nextBytes(x);
    SeededRandom r = new SeededRandom(new byte[] {9});
    r.setSeed(new byte[] {42});
    r.nextBytes(y);
    assertThat(y).isEqualTo(x);
  }
}

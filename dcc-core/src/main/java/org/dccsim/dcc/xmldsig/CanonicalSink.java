package org.dccsim.dcc.xmldsig;

/**
 * Where canonical bytes go: a {@code MessageDigest::update} while verifying, a {@link
 * CanonicalBuffer} while writing.
 */
@FunctionalInterface
public interface CanonicalSink {
  void write(byte[] bytes, int offset, int length);
}

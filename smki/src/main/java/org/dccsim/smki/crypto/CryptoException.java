package org.dccsim.smki.crypto;

/** A cryptographic operation could not be performed (bad key, missing algorithm). */
public class CryptoException extends RuntimeException {
  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }

  public CryptoException(String message) {
    super(message);
  }
}

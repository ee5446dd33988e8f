package org.dccsim.dcc.transform;

import java.security.SecureRandom;

/**
 * Where the DCC's Customer Identification Numbers come from. For 9.1 Request Customer
 * Identification Number (an Other User's) the DCC, not the User, chooses the CIN: the access
 * control broker sends it to the meter (ECS50, GCS36), which shows it on its display, and the DCC
 * returns it to the User (CINMessage). A consumer who quotes it back to the User shows that they
 * can read that meter, so it must not be guessable by anyone who cannot.
 */
@FunctionalInterface
public interface CustomerIdentificationNumbers {

  /** A new CIN, drawn for one request. Called once per command; implementations are thread-safe. */
  CustomerIdentificationNumber next();

  /** Each of 0000..9999 equally likely, from a {@link SecureRandom} (thread-safe). */
  static CustomerIdentificationNumbers unpredictable() {
    SecureRandom random = new SecureRandom();
    return () -> CustomerIdentificationNumber.of(random.nextInt(10_000));
  }
}

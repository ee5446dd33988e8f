package org.dccsim.dcc.delivery;

import java.util.List;

/**
 * Where responses wait until the User's Receive Response Service has taken them. The store is
 * written before the first delivery attempt, so an accepted response survives a receiver outage
 * and, with {@link FileOutboxStore}, a restart of dccsim.
 */
public interface OutboxStore {

  /** A stored response awaiting delivery. */
  record Entry(long id, byte[] message) {}

  /** Stores a message and returns its id (increasing). */
  long append(byte[] message);

  /** Delivered: forget it. */
  void remove(long id);

  /** Refused by the receiver (4xx): keep it aside for inspection, never retry it. */
  void reject(long id, String reason);

  /** Messages stored by an earlier run and not yet delivered, oldest first. */
  List<Entry> pending();
}

package org.dccsim.dcc.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** An outbox that lives as long as the process: for load runs where disk writes would dominate. */
public final class MemoryOutboxStore implements OutboxStore {

  private final AtomicLong nextId = new AtomicLong(1);
  private final ConcurrentSkipListMap<Long, byte[]> waiting = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<Long, String> rejected = new ConcurrentSkipListMap<>();

  @Override
  public long append(byte[] message) {
    long id = nextId.getAndIncrement();
    waiting.put(id, message);
    return id;
  }

  @Override
  public void remove(long id) {
    waiting.remove(id);
  }

  @Override
  public void reject(long id, String reason) {
    waiting.remove(id);
    rejected.put(id, reason);
  }

  /** Nothing survives a restart in memory; messages of this run are delivered from the queue. */
  @Override
  public List<Entry> pending() {
    return List.of();
  }

  public int waitingCount() {
    return waiting.size();
  }

  public List<String> rejections() {
    return new ArrayList<>(rejected.values());
  }
}

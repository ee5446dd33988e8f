package org.dccsim.dcc.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A durable outbox: one file per waiting response ({@code <dir>/<id>.xml}, written atomically);
 * delivered files are deleted, refused ones moved to {@code <dir>/rejected/} with a
 * {@code .reason} file beside them. On start, the files left by an earlier run are delivered first.
 */
public final class FileOutboxStore implements OutboxStore {

  private final Path dir;
  private final Path rejectedDir;
  private final AtomicLong nextId;

  public FileOutboxStore(Path dir) {
    this.dir = dir;
    this.rejectedDir = dir.resolve("rejected");
    try {
      Files.createDirectories(rejectedDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create outbox " + dir, e);
    }
    this.nextId = new AtomicLong(highestId() + 1);
  }

  @Override
  public long append(byte[] message) {
    long id = nextId.getAndIncrement();
    Path tmp = dir.resolve(id + ".tmp");
    try {
      Files.write(tmp, message);
      move(tmp, file(id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store response in outbox " + dir, e);
    }
    return id;
  }

  @Override
  public void remove(long id) {
    try {
      Files.deleteIfExists(file(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void reject(long id, String reason) {
    try {
      Files.writeString(rejectedDir.resolve(id + ".reason"), reason + "\n", StandardCharsets.UTF_8);
      move(file(id), rejectedDir.resolve(id + ".xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Entry> pending() {
    List<Entry> entries = new ArrayList<>();
    for (long id : ids(dir)) {
      try {
        entries.add(new Entry(id, Files.readAllBytes(file(id))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return entries;
  }

  private Path file(long id) {
    return dir.resolve(id + ".xml");
  }

  private long highestId() {
    long max = 0;
    for (long id : ids(dir)) {
      max = Math.max(max, id);
    }
    for (long id : ids(rejectedDir)) {
      max = Math.max(max, id);
    }
    return max;
  }

  private static List<Long> ids(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d+\\.xml"))
          .map(n -> Long.parseLong(n.substring(0, n.length() - 4)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package org.dccsim.gbcs.usecase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The GBCS message-code table: 2-byte code to use case and message type, for the 233 codes of
 * the GBCS Reference Test Data Set 4.5.0 (resource message-codes.txt). An unknown code is an
 * explicit empty result or exception, never a guess. Lookups are a binary search over a sorted
 * int array.
 */
public final class MessageCodes {

  private static final String RESOURCE = "message-codes.txt";
  private static final MessageCodes STANDARD = load();

  private final int[] codes;
  private final MessageCode[] entries;

  private MessageCodes(List<MessageCode> sorted) {
    this.entries = sorted.toArray(new MessageCode[0]);
    this.codes = sorted.stream().mapToInt(MessageCode::code).toArray();
  }

  /** The table shipped with dccsim. */
  public static MessageCodes standard() {
    return STANDARD;
  }

  public Optional<MessageCode> byCode(int code) {
    int i = Arrays.binarySearch(codes, code);
    return i >= 0 ? Optional.of(entries[i]) : Optional.empty();
  }

  public MessageCode require(int code) throws UnknownMessageCodeException {
    return byCode(code)
        .orElseThrow(
            () -> new UnknownMessageCodeException(String.format("unknown GBCS message code 0x%04X", code)));
  }

  /** Every code of a use case (several for CS02b, CS02g; one for most). */
  public List<MessageCode> byUseCase(String useCase) {
    List<MessageCode> found = new ArrayList<>(1);
    for (MessageCode e : entries) {
      if (e.useCase().equals(useCase)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The single code of a use case that has exactly one. */
  public MessageCode requireUseCase(String useCase) throws UnknownMessageCodeException {
    List<MessageCode> found = byUseCase(useCase);
    if (found.size() != 1) {
      throw new UnknownMessageCodeException(
          found.isEmpty()
              ? "unknown GBCS use case " + useCase
              : useCase + " has " + found.size() + " message codes; choose by variant");
    }
    return found.get(0);
  }

  public List<MessageCode> all() {
    return List.of(entries);
  }

  private static MessageCodes load() {
    List<MessageCode> list = new ArrayList<>(256);
    try (InputStream in = MessageCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the gbcs jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.trim().split(" ");
        if (f.length < 3 || f.length > 4) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected code, use case, type[, variant]");
        }
        list.add(
            new MessageCode(
                Integer.parseInt(f[0], 16),
                f[1],
                MessageType.valueOf(f[2]),
                f.length == 4 ? Optional.of(f[3]) : Optional.empty()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    list.sort(Comparator.comparingInt(MessageCode::code));
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i).code() == list.get(i - 1).code()) {
        throw new IllegalStateException(RESOURCE + ": code listed twice: " + list.get(i));
      }
    }
    return new MessageCodes(list);
  }
}

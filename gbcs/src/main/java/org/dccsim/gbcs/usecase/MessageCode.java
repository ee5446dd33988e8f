package org.dccsim.gbcs.usecase;

import java.util.Objects;
import java.util.Optional;

/**
 * One GBCS message code (the first two bytes of other-information) and what it stands for: the
 * GBCS use case (e.g. ECS17b), its message type and, where one use case has several codes (CS02b,
 * CS02g), the variant.
 */
public record MessageCode(int code, String useCase, MessageType type, Optional<String> variant) {

  public MessageCode {
    Objects.requireNonNull(useCase);
    Objects.requireNonNull(type);
    Objects.requireNonNull(variant);
    if (code < 0 || code > 0xFFFF) {
      throw new IllegalArgumentException("a message code is 2 bytes: " + code);
    }
  }

  @Override
  public String toString() {
    return String.format("0x%04X %s%s (%s)", code, useCase, variant.map(v -> " " + v).orElse(""), type);
  }
}

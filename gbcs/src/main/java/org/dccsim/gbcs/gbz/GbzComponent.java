package org.dccsim.gbcs.gbz;

import java.util.Objects;
import java.util.Optional;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.security.SensitivePayloadCipher;

/**
 * One GBZ use case component: a ZCL frame for one cluster, optionally preceded by a "from"
 * date-time (the start of a read range), and optionally with its ZCL payload encrypted (sensitive
 * readings in responses and alerts). The component's place in the payload (its "last" flag) is
 * the payload's business.
 */
public record GbzComponent(int clusterId, Optional<ZclUtcTime> fromDateTime, ZclHeader header, Content content) {

  /** What follows the ZCL header: a readable command, or the ciphered information. */
  public sealed interface Content {}

  public record Plain(ZclCommand command) implements Content {
    public Plain {
      Objects.requireNonNull(command);
    }
  }

  /**
   * An encrypted ZCL payload: the additional header frame counter (numbering the encrypted
   * components of a payload from 0) and the ciphered information (security header 31 ||
   * invocation counter || ciphertext || 12-byte tag).
   */
  public record Encrypted(int frameCounter, ByteSlice cipheredInformation) implements Content {
    public Encrypted {
      if (frameCounter < 0 || frameCounter > 0xFF) {
        throw new IllegalArgumentException("the additional header frame counter is one byte, not " + frameCounter);
      }
      if (cipheredInformation.length() < SensitivePayloadCipher.HEADER_LENGTH + 12) {
        throw new IllegalArgumentException("ciphered information holds at least its 5-byte header and a 12-byte tag");
      }
    }
  }

  public GbzComponent {
    if (clusterId < 0 || clusterId > 0xFFFF) {
      throw new IllegalArgumentException("a cluster id is 2 bytes, not " + clusterId);
    }
    Objects.requireNonNull(fromDateTime);
    Objects.requireNonNull(header);
    if (content instanceof Plain p && !header.announces(p.command())) {
      throw new IllegalArgumentException(
          "header " + header + " does not announce " + p.command().getClass().getSimpleName());
    }
    if (content instanceof Encrypted && fromDateTime.isPresent()) {
      throw new IllegalArgumentException("GBCS has no encrypted component with a from date-time");
    }
  }

  /** A plain component carrying {@code command} under {@code header}. */
  public static GbzComponent of(int clusterId, ZclHeader header, ZclCommand command) {
    return new GbzComponent(clusterId, Optional.empty(), header, new Plain(command));
  }

  public boolean encrypted() {
    return content instanceof Encrypted;
  }

  /** The command of a plain component. */
  public Optional<ZclCommand> command() {
    return content instanceof Plain p ? Optional.of(p.command()) : Optional.empty();
  }
}

package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * How the fields of a ZCL command (see {@link ZclCommandType}), or of one entry of a command's
 * list, lie in a payload. They are stated once, in wire order ({@link #of}), and that one
 * statement both decodes and encodes, so that the two directions cannot drift apart.
 */
interface ZclLayout<T> {

  T read(ByteReader r) throws GbcsCodecException;

  void write(T value, ByteWriter w);

  /**
   * Builds a {@code T} from the fields {@code f} yields in wire order: read from the payload when
   * decoding, or taken from the value being encoded (and written) when encoding.
   */
  @FunctionalInterface
  interface Fields<T> {
    T build(ZclFieldCursor<T> f) throws GbcsCodecException;
  }

  static <T> ZclLayout<T> of(Fields<T> fields) {
    return new ZclLayout<>() {
      @Override
      public T read(ByteReader r) throws GbcsCodecException {
        return fields.build(new ZclFieldCursor.Reading<>(r));
      }

      @Override
      public void write(T value, ByteWriter w) {
        try {
          fields.build(new ZclFieldCursor.Writing<>(value, w));
        } catch (GbcsCodecException e) {
          throw new IllegalStateException("encoding reads no bytes, so it cannot fail to decode", e);
        }
      }
    };
  }
}

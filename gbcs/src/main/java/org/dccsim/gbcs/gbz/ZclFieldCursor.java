package org.dccsim.gbcs.gbz;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * Walks the fields of one {@link ZclLayout} in wire order, in one direction: {@link Reading} takes
 * each field from the payload (the accessor is not called), {@link Writing} takes it from the
 * value through its accessor and writes it. Either way it returns the field, so that a layout
 * builds its value the same way in both. Each field names what is expected for the error of a
 * short or wrong payload.
 */
abstract sealed class ZclFieldCursor<T> permits ZclFieldCursor.Reading, ZclFieldCursor.Writing {

  /** A little-endian unsigned integer of {@code size} bytes. */
  abstract long integer(int size, String what, ToLongFunction<T> field) throws GbcsCodecException;

  /** A field with an encoding of its own (a time, a date, a string). */
  abstract <V> V value(String what, Function<T, V> field, ValueReader<V> reader, ValueWriter<V> writer)
      throws GbcsCodecException;

  /** {@code count} entries, or, with {@link #TO_END}, as many as the rest of the payload holds. */
  abstract <E> List<E> entries(int count, ZclLayout<E> entry, Function<T, List<E>> field)
      throws GbcsCodecException;

  static final int TO_END = -1;

  @FunctionalInterface
  interface ValueReader<V> {
    V read(ByteReader r, String what) throws GbcsCodecException;
  }

  @FunctionalInterface
  interface ValueWriter<V> {
    void write(ByteWriter w, V value);
  }

  final int u8(String what, ToIntFunction<T> field) throws GbcsCodecException {
    return (int) integer(1, what, field::applyAsInt);
  }

  final int u16(String what, ToIntFunction<T> field) throws GbcsCodecException {
    return (int) integer(2, what, field::applyAsInt);
  }

  final int u24(String what, ToIntFunction<T> field) throws GbcsCodecException {
    return (int) integer(3, what, field::applyAsInt);
  }

  final long u32(String what, ToLongFunction<T> field) throws GbcsCodecException {
    return integer(4, what, field);
  }

  /** A signed 32-bit integer (its two's complement bits on the wire). */
  final int s32(String what, ToIntFunction<T> field) throws GbcsCodecException {
    return (int) integer(4, what, field::applyAsInt);
  }

  final long u48(String what, ToLongFunction<T> field) throws GbcsCodecException {
    return integer(6, what, field);
  }

  final ZclUtcTime time(String what, Function<T, ZclUtcTime> field) throws GbcsCodecException {
    return value(what, field, ZclUtcTime::read, (w, v) -> v.writeTo(w));
  }

  final ZclDate date(String what, Function<T, ZclDate> field) throws GbcsCodecException {
    return value(what, field, ZclDate::read, (w, v) -> v.writeTo(w));
  }

  /** An octet or character string: one length byte, then the bytes. */
  final ByteSlice octets(String what, Function<T, ByteSlice> field) throws GbcsCodecException {
    return value(what, field, ZclFields::octets, ZclFields::octets);
  }

  /** The rest of the payload, kept as bytes. */
  final ByteSlice remainder(String what, Function<T, ByteSlice> field) throws GbcsCodecException {
    return value(what, field, (r, s) -> r.slice(r.remaining(), s), ByteWriter::bytes);
  }

  /** A last, optional byte: present when the payload has one more. */
  final OptionalInt optionalU8(String what, Function<T, OptionalInt> field) throws GbcsCodecException {
    return value(what, field, (r, s) -> r.hasRemaining() ? OptionalInt.of(r.u8(s)) : OptionalInt.empty(),
        (w, v) -> v.ifPresent(w::u8));
  }

  /** A byte with the one value GBCS allows. */
  final void constant(int value, String what) throws GbcsCodecException {
    value(what, t -> value, (r, s) -> {
      r.expect(value, s);
      return value;
    }, ByteWriter::u8);
  }

  /** Entries up to the end of the payload. */
  final <E> List<E> entries(ZclLayout<E> entry, Function<T, List<E>> field) throws GbcsCodecException {
    return entries(TO_END, entry, field);
  }

  /** A one-byte count, then that many entries. */
  final <E> List<E> countedU8(String what, ZclLayout<E> entry, Function<T, List<E>> field)
      throws GbcsCodecException {
    return entries(u8(what, t -> field.apply(t).size()), entry, field);
  }

  /** A two-byte count, then that many entries. */
  final <E> List<E> countedU16(String what, ZclLayout<E> entry, Function<T, List<E>> field)
      throws GbcsCodecException {
    return entries(u16(what, t -> field.apply(t).size()), entry, field);
  }

  static final class Reading<T> extends ZclFieldCursor<T> {
    private final ByteReader r;

    Reading(ByteReader r) {
      this.r = r;
    }

    @Override
    long integer(int size, String what, ToLongFunction<T> field) throws GbcsCodecException {
      return r.littleEndian(size, what);
    }

    @Override
    <V> V value(String what, Function<T, V> field, ValueReader<V> reader, ValueWriter<V> writer)
        throws GbcsCodecException {
      return reader.read(r, what);
    }

    @Override
    <E> List<E> entries(int count, ZclLayout<E> entry, Function<T, List<E>> field) throws GbcsCodecException {
      if (count == TO_END) {
        List<E> list = new ArrayList<>();
        while (r.hasRemaining()) {
          list.add(entry.read(r));
        }
        return list;
      }
      // Every entry takes at least one byte: a count the payload cannot hold allocates no more.
      List<E> list = new ArrayList<>(Math.min(count, r.remaining()));
      for (int i = 0; i < count; i++) {
        list.add(entry.read(r));
      }
      return list;
    }
  }

  static final class Writing<T> extends ZclFieldCursor<T> {
    private final T value;
    private final ByteWriter w;

    Writing(T value, ByteWriter w) {
      this.value = value;
      this.w = w;
    }

    @Override
    long integer(int size, String what, ToLongFunction<T> field) {
      long v = field.applyAsLong(value);
      w.littleEndian(v, size);
      return v;
    }

    @Override
    <V> V value(String what, Function<T, V> field, ValueReader<V> reader, ValueWriter<V> writer) {
      V v = field.apply(value);
      writer.write(w, v);
      return v;
    }

    /** The entries of the value's list (the count, when given, was taken from that list). */
    @Override
    <E> List<E> entries(int count, ZclLayout<E> entry, Function<T, List<E>> field) {
      List<E> list = field.apply(value);
      for (E e : list) {
        entry.write(e, w);
      }
      return list;
    }
  }
}

package org.dccsim.device.dlms;

import java.util.Objects;
import org.dccsim.gbcs.dlms.DlmsData;

/**
 * The behaviour of one COSEM attribute, shared by every device of a type: its default value, how
 * it is read when not simply stored, whether it may be written, and what writing does. Immutable;
 * the {@code with} methods return a new definition.
 *
 * @param <D> the device type
 */
public final class CosemAttribute<D> {

  final DlmsData initial;
  final AttributeReader<D> reader;
  final AttributeWriter<D> writer;
  final boolean writable;
  final boolean stores;
  final boolean readerSelectsFromPins;
  final boolean typed;

  private CosemAttribute(DlmsData initial, AttributeReader<D> reader, AttributeWriter<D> writer, boolean writable,
      boolean stores, boolean readerSelectsFromPins) {
    this(initial, reader, writer, writable, stores, readerSelectsFromPins, true);
  }

  private CosemAttribute(DlmsData initial, AttributeReader<D> reader, AttributeWriter<D> writer, boolean writable,
      boolean stores, boolean readerSelectsFromPins, boolean typed) {
    this.initial = initial;
    this.reader = reader;
    this.writer = writer;
    this.writable = writable;
    this.stores = stores;
    this.readerSelectsFromPins = readerSelectsFromPins;
    this.typed = typed;
  }

  /** A value every device starts with and may be written (copy-on-write per device). */
  public static <D> CosemAttribute<D> value(DlmsData initial) {
    return new CosemAttribute<>(Objects.requireNonNull(initial), null, null, true, true, false);
  }

  /**
   * A writable value of no fixed type: GBCS writes some attributes with more than one type (the
   * load control scripts' parameters are a long-unsigned in one use case, an octet string in
   * another).
   */
  public static <D> CosemAttribute<D> anyType(DlmsData initial) {
    return new CosemAttribute<>(Objects.requireNonNull(initial), null, null, true, true, false, false);
  }

  /** A value that cannot be written. */
  public static <D> CosemAttribute<D> constant(DlmsData value) {
    return new CosemAttribute<>(Objects.requireNonNull(value), null, null, false, false, false);
  }

  /** A read-only value computed on each read (clock, registers); a pin replaces it. */
  public static <D> CosemAttribute<D> computed(AttributeReader<D> reader) {
    return new CosemAttribute<>(null, Objects.requireNonNull(reader), null, false, false, false);
  }

  /**
   * A read-only value computed from what is stored or pinned and the selective access, e.g. a
   * profile buffer that selects the rows of a range: a pin sets the rows, the reader still selects.
   */
  public static <D> CosemAttribute<D> selecting(DlmsData initial, AttributeReader<D> reader) {
    return new CosemAttribute<>(Objects.requireNonNull(initial), Objects.requireNonNull(reader), null, false, true,
        true);
  }

  /** The same attribute, written with an effect besides storing the value. */
  public CosemAttribute<D> onWrite(AttributeWriter<D> effect) {
    return new CosemAttribute<>(initial, reader, Objects.requireNonNull(effect), true, stores, readerSelectsFromPins,
        typed);
  }

  /** The same attribute, written with an effect and not stored (the effect keeps what matters). */
  public CosemAttribute<D> onWriteOnly(AttributeWriter<D> effect) {
    return new CosemAttribute<>(initial, reader, Objects.requireNonNull(effect), true, false, readerSelectsFromPins,
        typed);
  }

  /** The same attribute, read-only. */
  public CosemAttribute<D> readOnly() {
    return new CosemAttribute<>(initial, reader, writer, false, stores, readerSelectsFromPins, typed);
  }

  /** The default value; null for a computed attribute. */
  public DlmsData initial() {
    return initial;
  }

  public boolean isWritable() {
    return writable;
  }
}

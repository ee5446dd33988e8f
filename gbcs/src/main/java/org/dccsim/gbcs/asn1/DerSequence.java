package org.dccsim.gbcs.asn1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * The components of a SEQUENCE (or SEQUENCE OF) being decoded, read in order: required ones,
 * optional ones recognised by their tag, and the end, which must follow the last expected
 * component.
 */
final class DerSequence {

  /** Reads one element of a SEQUENCE OF. */
  @FunctionalInterface
  interface ElementReader<T> {
    T read(DerElement element) throws GbcsCodecException;
  }

  /** Reads the components of a SEQUENCE, in order, into a value. */
  @FunctionalInterface
  interface ComponentsReader<T> {
    T read(DerSequence components) throws GbcsCodecException;
  }

  private final DerElement owner;
  private final ASN1Primitive[] components;
  private int next;

  DerSequence(DerElement owner, ASN1Sequence sequence) {
    this.owner = owner;
    this.components = new ASN1Primitive[sequence.size()];
    for (int i = 0; i < components.length; i++) {
      components[i] = sequence.getObjectAt(i).toASN1Primitive();
    }
  }

  /** The next component, which must be there. */
  DerElement next(String field) throws GbcsCodecException {
    if (next == components.length) {
      throw new GbcsCodecException(endOffset(), owner.path() + "." + field + ": present");
    }
    return component(next++, owner.path() + "." + field);
  }

  /** The next component if it is there and {@code matches} (an OPTIONAL or DEFAULT one). */
  Optional<DerElement> optional(String field, Predicate<DerElement> matches) {
    if (next == components.length) {
      return Optional.empty();
    }
    DerElement e = component(next, owner.path() + "." + field);
    if (!matches.test(e)) {
      return Optional.empty();
    }
    next++;
    return Optional.of(e);
  }

  /** Every remaining component, read as the elements of a SEQUENCE OF. */
  <T> List<T> elements(ElementReader<T> reader) throws GbcsCodecException {
    List<T> list = new ArrayList<>(components.length - next);
    while (next < components.length) {
      int i = next++;
      list.add(reader.read(component(i, owner.path() + "[" + i + "]")));
    }
    return list;
  }

  /** Fails unless every component has been read. */
  void end() throws GbcsCodecException {
    if (next < components.length) {
      throw new GbcsCodecException(offsetOfChild(next),
          owner.path() + ": no component after the last one GBCS defines");
    }
  }

  private DerElement component(int i, String path) {
    return DerElement.child(components[i], path, this, i);
  }

  DerLengthForm form() {
    return owner.form();
  }

  /** Offset of component {@code i}: after the owner's tag and length and the components before. */
  int offsetOfChild(int i) {
    int contents = 0;
    for (ASN1Primitive c : components) {
      contents += Der.encode(form(), c).length;
    }
    int offset = owner.offset() + owner.encodedLength() - contents;
    for (int j = 0; j < i; j++) {
      offset += Der.encode(form(), components[j]).length;
    }
    return offset;
  }

  private int endOffset() {
    return owner.offset() + owner.encodedLength();
  }
}

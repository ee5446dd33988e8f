package org.dccsim.dcc.duis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An element of a DUIS body, e.g. {@code sr:ReadInventory} and its {@code sr:DeviceID}: enough of
 * the XML for transforms to read their parameters. All elements are in the DUIS namespace (the
 * reader refuses others), so the local name identifies them.
 *
 * @param attributes by local name; an attribute in a namespace is keyed "{namespace}local"
 * @param text the character content of an element without children, as written (not trimmed); ""
 *     for an element with children (DUIS has no mixed content)
 */
public record BodyElement(
    String localName, Map<String, String> attributes, String text, List<BodyElement> children)
    implements RequestBody {

  public BodyElement {
    Objects.requireNonNull(localName, "localName");
    Objects.requireNonNull(text, "text");
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** The first child with this local name. */
  public Optional<BodyElement> child(String name) {
    for (BodyElement c : children) {
      if (c.localName.equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** All children with this local name, in document order. */
  public List<BodyElement> children(String name) {
    return children.stream().filter(c -> c.localName.equals(name)).toList();
  }

  /** The text of the first child with this local name. */
  public Optional<String> childText(String name) {
    return child(name).map(BodyElement::text);
  }

  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }
}

package org.dccsim.dcc.xmldsig;

import javax.xml.stream.XMLStreamReader;

/** {@link ElementView} over a StAX reader on a START_ELEMENT; normalises StAX's nulls to "". */
final class StaxElementView implements ElementView {

  private XMLStreamReader reader;

  StaxElementView on(XMLStreamReader r) {
    this.reader = r;
    return this;
  }

  @Override
  public String prefix() {
    return orEmpty(reader.getPrefix());
  }

  @Override
  public String localName() {
    return reader.getLocalName();
  }

  @Override
  public String namespaceUri() {
    return orEmpty(reader.getNamespaceURI());
  }

  @Override
  public int namespaceCount() {
    return reader.getNamespaceCount();
  }

  @Override
  public String namespacePrefix(int index) {
    return orEmpty(reader.getNamespacePrefix(index));
  }

  @Override
  public String namespaceUri(int index) {
    return orEmpty(reader.getNamespaceURI(index));
  }

  @Override
  public int attributeCount() {
    return reader.getAttributeCount();
  }

  @Override
  public String attributePrefix(int index) {
    return orEmpty(reader.getAttributePrefix(index));
  }

  @Override
  public String attributeLocalName(int index) {
    return reader.getAttributeLocalName(index);
  }

  @Override
  public String attributeNamespace(int index) {
    return orEmpty(reader.getAttributeNamespace(index));
  }

  @Override
  public String attributeValue(int index) {
    return reader.getAttributeValue(index);
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

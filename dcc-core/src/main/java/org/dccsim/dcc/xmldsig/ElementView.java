package org.dccsim.dcc.xmldsig;

/**
 * An element start tag as the canonicalizer reads it: from a StAX reader positioned on it, or
 * from a writer building a document. Prefixes and namespace URIs are "" when absent, never null.
 */
interface ElementView {

  String prefix();

  String localName();

  String namespaceUri();

  /** Namespace declarations written on the element (inclusive canonicalization renders them). */
  int namespaceCount();

  String namespacePrefix(int index);

  String namespaceUri(int index);

  int attributeCount();

  String attributePrefix(int index);

  String attributeLocalName(int index);

  String attributeNamespace(int index);

  String attributeValue(int index);
}

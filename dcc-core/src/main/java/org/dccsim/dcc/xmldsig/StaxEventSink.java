package org.dccsim.dcc.xmldsig;

import javax.xml.stream.XMLStreamReader;

/** Observes every event of a StAX pass, so that one pass can serve several consumers. */
@FunctionalInterface
public interface StaxEventSink {

  /**
   * @param depth the depth of the element for START_ELEMENT and END_ELEMENT (the root is 1), of
   *     the enclosing element otherwise (0 outside the root)
   */
  void onEvent(XMLStreamReader reader, int eventType, int depth);
}

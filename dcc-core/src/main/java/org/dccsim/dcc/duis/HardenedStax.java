package org.dccsim.dcc.duis;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's built-in StAX parser, configured for untrusted input: no DTD processing and no
 * external entities or DTDs of any kind (a DOCTYPE is then refused by {@link DuisXmlCursor}, which
 * also rules out entity-expansion bombs), namespace-aware, coalescing adjacent text and CDATA. One
 * factory per thread, as XMLInputFactory promises no thread safety.
 */
final class HardenedStax {

  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(HardenedStax::newFactory);

  private HardenedStax() {}

  static XMLStreamReader open(byte[] xml, int offset, int length) throws XMLStreamException {
    return FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml, offset, length));
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }
}

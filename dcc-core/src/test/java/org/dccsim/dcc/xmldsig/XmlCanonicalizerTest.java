package org.dccsim.dcc.xmldsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlCanonicalizerTest {

  /** Documents that exercise each C14N rule; both modes must match the JDK's canonicalizers. */
  private static final String[] TRICKY = {
    "<?pi before?><!--c--><r xmlns:a='urn:a' xmlns='urn:d' b='2' a:c='1' xmlns:u='urn:u'>"
        + "<a:x attr=\"&quot;&#9;&#10;&#13;&lt;&amp;&gt;'\"/><y xmlns=''>t&gt;&#13;&lt;&amp;"
        + "<![CDATA[<cdata>&]]><!--c--></y></r><?after data ?>",
    "<a:r xmlns:a='urn:1'><a:s xmlns:a='urn:2'><a:t xmlns:a='urn:1'/></a:s>"
        + "<b:u xmlns:b='urn:b' xmlns:a='urn:1'/></a:r>",
    "<r xmlns='urn:d'><s xmlns=''><t xmlns='urn:d'/></s><p:x xmlns:p='urn:p'><y/></p:x></r>",
    "<r xmlns:z='urn:a' xmlns:a='urn:z' z:k='1' a:k='2' b='3' a='4' z:a='5'/>",
    "<r xml:lang='en'><s xml:space='preserve'> x </s></r>",
    "<r a='\u00e9\u20ac\ud834\udd1e'>\u00fc \ud834\udd1e \u20ac</r>",
    "\n<r>\r\n  text\r\n</r>\n\n",
    "<r xmlns:unused='urn:u'><e/></r>",
    "<r xmlns:a='urn:a'><a:s xmlns:a='urn:a'/></r>",
    "<r xmlns:p='urn:p'><s p:at='1'/><t><p:u/></t></r>",
    "<r xmlns=''/>",
    "<sr:Request xmlns:ds='http://www.w3.org/2000/09/xmldsig#'"
        + " xmlns:sr='http://www.dccinterface.co.uk/ServiceUserGateway' schemaVersion='5.4'>"
        + "<sr:Body><sr:X a='1'>  v  </sr:X></sr:Body>"
        + "<ds:Signature xmlns='http://www.w3.org/2000/09/xmldsig#'><SignedInfo/></ds:Signature>"
        + "</sr:Request>",
  };

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void inclusiveModeMatchesTheJdksCanonicalXml(int index) throws Exception {
    byte[] xml = TRICKY[index].getBytes(StandardCharsets.UTF_8);

    assertThat(utf8(canonicalize(xml, XmlCanonicalizer::inclusive)))
        .isEqualTo(utf8(JdkXmlDsig.canonicalize(CanonicalizationMethod.INCLUSIVE, xml)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void exclusiveModeMatchesTheJdksExclusiveCanonicalXml(int index) throws Exception {
    byte[] xml = TRICKY[index].getBytes(StandardCharsets.UTF_8);

    assertThat(utf8(canonicalize(xml, XmlCanonicalizer::exclusive)))
        .isEqualTo(utf8(JdkXmlDsig.canonicalize(CanonicalizationMethod.EXCLUSIVE, xml)));
  }

  @Test
  void exclusiveModeRendersOnlyVisiblyUsedNamespacesAndDropsComments() throws Exception {
    String out = utf8(canonicalize(bytes(TRICKY[0]), XmlCanonicalizer::exclusive));

    assertThat(out).isEqualTo(
        "<?pi before?>\n"
            + "<r xmlns=\"urn:d\" xmlns:a=\"urn:a\" b=\"2\" a:c=\"1\">"
            + "<a:x attr=\"&quot;&#x9;&#xA;&#xD;&lt;&amp;>'\"></a:x>"
            + "<y xmlns=\"\">t&gt;&#xD;&lt;&amp;&lt;cdata&gt;&amp;</y></r>\n<?after data ?>");
  }

  @Test
  void aSubtreeInExclusiveModeDeclaresWhatItUsesFromOutsideIt() throws Exception {
    // ds:SignedInfo as a verifier sees it in a template: ds declared on the root, a default
    // namespace on ds:Signature that SignedInfo does not use
    byte[] xml = bytes(TRICKY[11].replace("<SignedInfo/>",
        "<ds:SignedInfo>\n  <ds:Reference URI=''/></ds:SignedInfo>"));
    CanonicalBuffer out = new CanonicalBuffer(64);
    XmlCanonicalizer c = XmlCanonicalizer.exclusive(out);
    XMLStreamReader r = XMLInputFactory.newDefaultFactory()
        .createXMLStreamReader(new ByteArrayInputStream(xml));
    boolean inside = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT && "SignedInfo".equals(r.getLocalName())) {
        inside = true;
      }
      if (inside) {
        c.accept(r, event);
      }
      if (event == XMLStreamConstants.END_ELEMENT && "SignedInfo".equals(r.getLocalName())) {
        inside = false;
      }
    }
    c.flush();

    assertThat(utf8(out.toByteArray())).isEqualTo(
        "<ds:SignedInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n"
            + "  <ds:Reference URI=\"\"></ds:Reference></ds:SignedInfo>");
  }

  @Test
  void writtenElementsDeclareTheirNamespaceOnceAndSortAttributes() {
    for (Function<CanonicalSink, XmlCanonicalizer> mode :
        java.util.List.<Function<CanonicalSink, XmlCanonicalizer>>of(
            XmlCanonicalizer::exclusive, XmlCanonicalizer::inclusive)) {
      CanonicalBuffer out = new CanonicalBuffer(16);
      XmlCanonicalizer c = mode.apply(out);
      c.startElement("sr", "Response", "urn:sr", "schemaVersion", "5.4", "a", "x\"y");
      c.startElement("sr", "Code", "urn:sr");
      c.text("I0 & <ok> \r");
      c.endElement();
      c.startElement("", "plain", "");
      c.endElement();
      c.endElement();
      c.flush();

      assertThat(utf8(out.toByteArray())).isEqualTo(
          "<sr:Response xmlns:sr=\"urn:sr\" a=\"x&quot;y\" schemaVersion=\"5.4\">"
              + "<sr:Code>I0 &amp; &lt;ok&gt; &#xD;</sr:Code><plain></plain></sr:Response>");
      assertThat(c.bytesWritten()).isEqualTo(out.size());
    }
  }

  @Test
  void largeDocumentsStreamThroughTheBufferIntact() throws Exception {
    StringBuilder doc = new StringBuilder("<r>");
    for (int i = 0; i < 3000; i++) {
      doc.append("<e n='").append(i).append("'>\u00e9&amp;").append(i).append("</e>");
    }
    byte[] xml = bytes(doc.append("</r>").toString());

    assertThat(canonicalize(xml, XmlCanonicalizer::inclusive))
        .isEqualTo(JdkXmlDsig.canonicalize(CanonicalizationMethod.INCLUSIVE, xml));
  }

  @Test
  void refusesMisuseByAWriter() {
    XmlCanonicalizer c = XmlCanonicalizer.exclusive(new CanonicalBuffer(16));
    assertThatThrownBy(c::endElement).isInstanceOf(IllegalStateException.class);
    c.startElement("", "r", "");
    assertThatThrownBy(() -> c.text("\ud800")).isInstanceOf(IllegalArgumentException.class);
    c.endElement();
    assertThatThrownBy(() -> c.startElement("", "second", ""))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.startElement("", "r", "", "odd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByCodePointNotByUtf16Unit() {
    assertThat(XmlCanonicalizer.compareCodePoints("\ud834\udd1e", "\uffff")).isPositive();
    assertThat(XmlCanonicalizer.compareCodePoints("a", "b")).isNegative();
    assertThat(XmlCanonicalizer.compareCodePoints("ab", "a")).isPositive();
  }

  static byte[] canonicalize(byte[] xml, Function<CanonicalSink, XmlCanonicalizer> mode)
      throws Exception {
    CanonicalBuffer out = new CanonicalBuffer(64);
    XmlCanonicalizer c = mode.apply(out);
    XMLStreamReader r = XMLInputFactory.newDefaultFactory()
        .createXMLStreamReader(new ByteArrayInputStream(xml));
    while (r.hasNext()) {
      c.accept(r, r.next());
    }
    c.flush();
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}

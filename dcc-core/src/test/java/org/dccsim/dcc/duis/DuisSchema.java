package org.dccsim.dcc.duis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.dccsim.testing.ReferenceData;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The official DUIS V5.4 XSD, compiled offline: imports are served from the schema folder, the
 * W3C DTD that xmldsig-core-schema.xsd names is served empty, and anything else is refused, so
 * compiling and validating never touch the network.
 */
public final class DuisSchema {

  private final Schema schema;

  private DuisSchema(Schema schema) {
    this.schema = schema;
  }

  /** Compiles the schema (about a second; do it once per test class). */
  public static DuisSchema load() {
    Path dir = ReferenceData.require("duis/schema");
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> {
            if ("http://www.w3.org/2001/XMLSchema.dtd".equals(systemId)) {
              return input(systemId, new StringReader(""), null);
            }
            Path sibling = dir.resolve(systemId).normalize();
            if (systemId.contains("/") || !sibling.startsWith(dir) || !Files.isRegularFile(sibling)) {
              throw new IllegalStateException("schema resource refused: " + systemId);
            }
            try {
              return input(sibling.toUri().toString(), null, Files.newInputStream(sibling));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      return new DuisSchema(
          factory.newSchema(new StreamSource(dir.resolve("DUIS Schema V5.4.xsd").toFile())));
    } catch (SAXException e) {
      throw new IllegalStateException("the DUIS XSD does not compile", e);
    }
  }

  /** @throws SAXException naming the first violation */
  public void validate(byte[] xml) throws SAXException, IOException {
    Validator v = schema.newValidator();
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
  }

  private static LSInput input(String systemId, Reader chars, InputStream bytes) {
    return new LSInput() {
      @Override public Reader getCharacterStream() { return chars; }
      @Override public void setCharacterStream(Reader r) {}
      @Override public InputStream getByteStream() { return bytes; }
      @Override public void setByteStream(InputStream b) {}
      @Override public String getStringData() { return null; }
      @Override public void setStringData(String s) {}
      @Override public String getSystemId() { return systemId; }
      @Override public void setSystemId(String s) {}
      @Override public String getPublicId() { return null; }
      @Override public void setPublicId(String s) {}
      @Override public String getBaseURI() { return null; }
      @Override public void setBaseURI(String s) {}
      @Override public String getEncoding() { return null; }
      @Override public void setEncoding(String s) {}
      @Override public boolean getCertifiedText() { return false; }
      @Override public void setCertifiedText(boolean b) {}
    };
  }
}

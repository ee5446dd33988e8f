package org.dccsim.dcc.duis;

/** The DUIS XML namespace and the prefix DUIS documents conventionally give it. */
public final class DuisXml {

  public static final String NAMESPACE = "http://www.dccinterface.co.uk/ServiceUserGateway";
  public static final String PREFIX = "sr";

  /** What the DCC's documents start with; not part of the canonical form that is signed. */
  public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private DuisXml() {}
}

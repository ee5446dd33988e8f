package org.dccsim.dcc.delivery;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The User's Receive Response Service address. DCC Boxed's UI takes it without a scheme
 * ("192.168.0.5:1880/smartdcc/duis"); http is assumed then.
 */
public final class ReceiveResponseServiceUrl {

  private ReceiveResponseServiceUrl() {}

  public static URI parse(String address) {
    String a = address.trim();
    if (!a.contains("://")) {
      a = "http://" + a;
    }
    try {
      URI uri = new URI(a);
      if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException("not an http(s) Receive Response Service address: " + address);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a Receive Response Service address: " + address, e);
    }
  }
}

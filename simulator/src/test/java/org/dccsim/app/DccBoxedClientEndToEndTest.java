package org.dccsim.app;

import java.util.List;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.BeforeAll;

/**
 * A DUIS client written for DCC Boxed, unchanged: dccsim imports DCC Boxed's public test material
 * (the ZAZ1 organisation keys and keystore.json), and the client holds only that material: it
 * signs with the ZAZ1 XML-signing and supplier keys and checks responses against the DSP
 * certificate DCC Boxed ships. The device certificates it needs come from dccsim's SMKI.
 */
class DccBoxedClientEndToEndTest extends WalkingSkeletonEndToEndTest {

  @BeforeAll
  static void startWithDccBoxedMaterial() throws Exception {
    List<java.nio.file.Path> material = List.of(
        ReferenceData.require("smki/org-keys"), ReferenceData.require("smki/dccboxed-keystore"));
    start(material, dataDir -> concat(material, dataDir.resolve("smki/devices")));
  }

  private static List<java.nio.file.Path> concat(List<java.nio.file.Path> a, java.nio.file.Path b) {
    java.util.ArrayList<java.nio.file.Path> all = new java.util.ArrayList<>(a);
    all.add(b);
    return all;
  }
}

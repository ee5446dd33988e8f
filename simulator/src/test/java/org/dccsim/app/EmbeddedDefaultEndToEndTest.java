package org.dccsim.app;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/** The walking skeleton on the embedded default: dccsim's own SMKI, the client reads its keys from the data directory. */
class EmbeddedDefaultEndToEndTest extends WalkingSkeletonEndToEndTest {

  @BeforeAll
  static void startEmbeddedDefault() throws Exception {
    start(List.of(), dataDir -> List.of(dataDir.resolve("smki")));
  }
}

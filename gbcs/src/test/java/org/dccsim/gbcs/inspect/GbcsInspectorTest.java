package org.dccsim.gbcs.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.importer.SmkiImporter;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** The decoder Users paste GBCS payloads into, on RTDS messages with the public keys. */
class GbcsInspectorTest {

  private static GbcsInspector withKeys() {
    SmkiRepository repo = new SmkiRepository();
    new SmkiImporter(repo).importFrom(ReferenceData.require("smki/device-keys"));
    return new GbcsInspector(repo);
  }

  @Test
  void aMacedEncryptedResponseIsDecodedVerifiedAndDecrypted() throws GbcsCodecException {
    ObjectNode r = withKeys().inspect(RtdsFiles.bytes("4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX"));
    assertThat(r.at("/header/cra").asText()).isEqualTo("RESPONSE");
    assertThat(r.at("/header/useCase").asText()).isEqualTo("ECS17b");
    assertThat(r.at("/header/useCaseName").asText()).isEqualTo("Read ESME Energy Registers (Import Energy)");
    assertThat(r.at("/payloadKind").asText()).isEqualTo("DLMS Access-Response");
    assertThat(r.at("/mac/status").asText()).isEqualTo("valid");
    assertThat(r.at("/signature/status").asText()).isEqualTo("absent");
    assertThat(r.at("/decryption/status").asText()).isEqualTo("decrypted");
    assertThat(r.at("/decryption/parts/0/plaintext").toString()).contains("double-long-unsigned");
  }

  @Test
  void aSignedCriticalResponseVerifiesAndAChangedOneDoesNot() throws GbcsCodecException {
    byte[] response = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_RESPONSE_GBCS.HEX");
    assertThat(withKeys().inspect(response).at("/signature/status").asText()).isEqualTo("valid");
    byte[] changed = response.clone();
    changed[changed.length - 1] ^= 1;
    assertThat(withKeys().inspect(changed).at("/signature/status").asText()).isEqualTo("invalid");
  }

  @Test
  void withoutKeysTheChecksAreUnknownNotGuessed() throws GbcsCodecException {
    ObjectNode r = new GbcsInspector(new SmkiRepository())
        .inspect(RtdsFiles.bytes("4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX"));
    assertThat(r.at("/mac/status").asText()).isEqualTo("unknown");
    assertThat(r.at("/decryption/status").asText()).isEqualTo("unknown");
  }

  @Test
  void malformedInputIsAPreciseCodecError() {
    byte[] response = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_RESPONSE_GBCS.HEX");
    assertThatThrownBy(() -> withKeys().inspect(Arrays.copyOf(response, 30)))
        .isInstanceOf(GbcsCodecException.class).hasMessageContaining("at offset");
    assertThatThrownBy(() -> withKeys().inspect(new byte[0])).isInstanceOf(GbcsCodecException.class);
  }
}

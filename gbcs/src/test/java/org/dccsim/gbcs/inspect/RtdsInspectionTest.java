package org.dccsim.gbcs.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.importer.SmkiImporter;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The decoder on all 1,275 RTDS messages with the public RTDS keys: every payload decodes into
 * typed values (no undecoded kind, no unstructured ZCL command, no unknown message code), and
 * every encrypted part that is addressed to a party whose key is public decrypts.
 */
class RtdsInspectionTest {

  @Test
  void everyRtdsMessageDecodesCompletelyAndEveryEncryptedPartDecrypts() throws GbcsCodecException {
    SmkiRepository keys = new SmkiRepository();
    new SmkiImporter(keys).importFrom(ReferenceData.require("smki/device-keys"));
    GbcsInspector inspector = new GbcsInspector(keys);
    List<String> problems = new ArrayList<>();
    int decrypted = 0;
    int signaturesValid = 0;
    int macsValid = 0;
    for (RtdsFiles.RtdsFile f : RtdsFiles.all()) {
      ObjectNode r = inspector.inspect(f.bytes());
      String json = r.toString();
      if (json.contains("Unstructured") || json.contains("unknown message code")) {
        problems.add(f + ": " + json.substring(0, Math.min(300, json.length())));
      }
      if (r.at("/signature/status").asText().equals("invalid") || r.at("/mac/status").asText().equals("invalid")) {
        problems.add(f + ": signature " + r.at("/signature") + ", MAC " + r.at("/mac"));
      }
      signaturesValid += r.at("/signature/status").asText().equals("valid") ? 1 : 0;
      macsValid += r.at("/mac/status").asText().equals("valid") ? 1 : 0;
      for (JsonNode part : r.at("/decryption/parts")) {
        if (part.at("/status").asText().equals("decrypted")) {
          decrypted++;
        } else if (part.at("/status").asText().equals("invalid")) {
          problems.add(f + ": an encrypted part does not decrypt: " + part);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(signaturesValid).isEqualTo(472);
    assertThat(macsValid).isEqualTo(811);
    // the 19 DLMS protected payloads and the 44 encrypted GBZ components of the RTDS
    assertThat(decrypted).isEqualTo(19 + 44);
  }
}

package org.dccsim.gbcs.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** The message-code table against RTDS 4.5.0 and the DUIS GBCS mapping table. */
class MessageCodesConformanceTest {

  private final MessageCodes table = MessageCodes.standard();

  @Test
  void theTableHoldsExactlyTheCodesThatRtdsUses() throws GbcsCodecException {
    Set<Integer> used = new TreeSet<>();
    for (RtdsFile f : RtdsFiles.all()) {
      used.add(GbcsCodec.decode(f.bytes()).apdu().messageCode());
    }
    assertThat(used).hasSize(233);
    assertThat(table.all()).extracting(MessageCode::code).containsExactlyElementsOf(used);
  }

  @Test
  void everyRtdsFilesCodeNamesTheUseCaseOfItsFolder() throws GbcsCodecException {
    List<String> mismatches = new ArrayList<>();
    for (RtdsFile f : RtdsFiles.all()) {
      MessageCode code = table.byCode(GbcsCodec.decode(f.bytes()).apdu().messageCode()).orElseThrow();
      boolean named =
          f.useCaseFolder().startsWith(code.useCase())
              || f.name().contains("_" + code.useCase() + "_")
              || code.useCase().startsWith("FutureDated") && f.isAlert();
      if (code.type().isAlert() && !f.isAlert()) {
        mismatches.add(f + ": alert code " + code + " on a non-alert");
      } else if (!named) {
        mismatches.add(f + ": " + code);
      }
    }
    // RTDS's CS04B error pair carries the CS04AC code (0x000F); the success pair has 0x0010
    assertThat(mismatches)
        .containsExactlyInAnyOrder(
            "8.8.2_CS04B/CS04B_8.8.2_ERROR_COMMAND_GBCS.HEX: " + table.byCode(0x000F).orElseThrow(),
            "8.8.2_CS04B/CS04B_8.8.2_ERROR_RESPONSE_GBCS.HEX: " + table.byCode(0x000F).orElseThrow());
  }

  @Test
  void messageTypesAgreeWithTheDuisGbcsMappingTable() throws IOException {
    JsonNode mapping =
        new ObjectMapper().readTree(ReferenceData.require("duis/gbcs-mapping-table.json").toFile());
    Map<String, String> typeByUseCase = new HashMap<>();
    for (JsonNode row : mapping) {
      typeByUseCase.put(row.get("Code").asText(), row.get("Message Type").asText());
    }
    int compared = 0;
    for (MessageCode code : table.all()) {
      String smeType = typeByUseCase.get(code.useCase());
      if (smeType == null) {
        continue;
      }
      assertThat(code.type()).as(code + " vs " + smeType).isEqualTo(expectedType(smeType));
      compared++;
    }
    assertThat(compared).isGreaterThan(180);
  }

  @Test
  void criticalCodesAreSignedAndNonCriticalCodesMacedInRtds() throws GbcsCodecException {
    List<String> wrong = new ArrayList<>();
    for (RtdsFile f : RtdsFiles.all()) {
      GbcsMessage m = GbcsCodec.decode(f.bytes());
      MessageType type = table.byCode(m.apdu().messageCode()).orElseThrow().type();
      boolean signed = m.apdu().signature().isPresent();
      boolean macOnly = m.isMacProtected() && m.apdu().signature() == SignatureField.NULL;
      boolean ok =
          switch (type) {
            case CRITICAL_COMMAND -> !f.isCommand() || signed;
            case NON_CRITICAL_COMMAND, HAN_COMMAND -> !f.isCommand() || macOnly;
            case CRITICAL_ALERT -> signed;
            case NON_CRITICAL_ALERT -> macOnly;
            case BY_VARIANT -> true;
          };
      if (!ok) {
        wrong.add(f + " " + type);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static MessageType expectedType(String smeType) {
    if (smeType.equals("SME.C.C")) {
      return MessageType.CRITICAL_COMMAND;
    }
    if (smeType.startsWith("SME.C.NC")) {
      return MessageType.NON_CRITICAL_COMMAND;
    }
    if (smeType.equals("SME.A.C")) {
      return MessageType.CRITICAL_ALERT;
    }
    if (smeType.equals("SME.A.NC")) {
      return MessageType.NON_CRITICAL_ALERT;
    }
    if (smeType.equals("SME.C.PPMID-GSME")) {
      return MessageType.HAN_COMMAND;
    }
    return MessageType.BY_VARIANT;
  }
}

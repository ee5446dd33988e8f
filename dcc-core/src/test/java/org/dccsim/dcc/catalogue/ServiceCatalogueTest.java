package org.dccsim.dcc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** Checks dccsim's own SRV table against the public DUIS request matrix and templates. */
class ServiceCatalogueTest {

  private final ServiceCatalogue catalogue = ServiceCatalogue.duis54();

  @Test
  void holdsEveryVariantOfTheRequestMatrixWithTheSameFacts() throws IOException {
    JsonNode matrix =
        new ObjectMapper().readTree(ReferenceData.require("duis/duis-request-matrix.json").toFile());
    assertThat(matrix.size()).isEqualTo(129);
    assertThat(catalogue.all()).hasSize(129);
    for (JsonNode row : matrix) {
      String variant = row.get("Service Reference Variant").asText();
      ServiceReferenceVariant srv = catalogue.find(variant).orElseThrow();
      assertThat(srv.critical()).as(variant).isEqualTo(yes(row, "Critical"));
      assertThat(srv.nonDevice()).as(variant).isEqualTo(yes(row, "Non-Device Request"));
      assertThat(srv.onDemand()).as(variant).isEqualTo(yes(row, "On Demand"));
      assertThat(srv.dccSchedulable()).as(variant).isEqualTo(yes(row, "DCC Scheduled"));
      Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
      row.get("Eligible User Roles").forEach(r -> roles.add(UserRole.valueOf(r.asText())));
      assertThat(srv.eligibleRoles()).as(variant).isEqualTo(roles);
      // the matrix writes 6.20.x's reference as "6.2"; the catalogue corrects it
      String reference = row.get("Service Reference").asText();
      assertThat(srv.serviceReference()).as(variant).isEqualTo(variant.startsWith("6.20.") ? "6.20" : reference);
    }
  }

  @Test
  void everyTemplateUsesTheBodyElementAndACommandVariantTheCatalogueAccepts() throws IOException {
    Pattern srvTag = Pattern.compile("<sr:ServiceReferenceVariant>([^<]+)<");
    Pattern cvTag = Pattern.compile("<sr:CommandVariant>([^<]+)<");
    Pattern body = Pattern.compile("<sr:Body>\\s*<sr:(\\w+)");
    List<Path> templates;
    try (Stream<Path> s = Files.list(ReferenceData.require("duis/templates"))) {
      templates = s.sorted().toList();
    }
    assertThat(templates).hasSize(297);
    List<String> mismatches = new ArrayList<>();
    for (Path t : templates) {
      String xml = Files.readString(t, StandardCharsets.UTF_8);
      ServiceReferenceVariant srv = catalogue.find(group(srvTag, xml)).orElseThrow();
      int cv = Integer.parseInt(group(cvTag, xml));
      if (!group(body, xml).equals(srv.bodyElement())
          && !group(body, xml).equals("SignedPreCommand")) {
        mismatches.add(t.getFileName() + ": body " + group(body, xml));
      }
      if (!srv.accepts(CommandVariant.of(cv).orElseThrow())) {
        mismatches.add(t.getFileName() + ": CV " + cv);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void commandVariantsMapToTheirServicesAndSrvKinds() {
    ServiceReferenceVariant readInventory = catalogue.find("8.2").orElseThrow();
    ServiceReferenceVariant enableSupply = catalogue.find("7.1").orElseThrow();
    ServiceReferenceVariant readRegisters = catalogue.find("4.1.1").orElseThrow();

    assertThat(readInventory.accepts(CommandVariant.NON_DEVICE)).isTrue();
    assertThat(readInventory.accepts(CommandVariant.SR_TO_WAN)).isFalse();
    assertThat(enableSupply.accepts(CommandVariant.SR_TO_PRE_COMMAND)).isTrue();
    assertThat(enableSupply.accepts(CommandVariant.SIGNED_PRE_COMMAND_TO_WAN)).isTrue();
    assertThat(enableSupply.accepts(CommandVariant.SR_TO_WAN)).isFalse();
    assertThat(readRegisters.accepts(CommandVariant.SR_TO_WAN)).isTrue();
    assertThat(readRegisters.accepts(CommandVariant.SR_TO_PRE_COMMAND)).isFalse();
    assertThat(CommandVariant.SR_TO_PRE_COMMAND.service()).isEqualTo(DuisService.TRANSFORM);
    assertThat(CommandVariant.NON_DEVICE.service()).isEqualTo(DuisService.NON_DEVICE);
    assertThat(CommandVariant.SIGNED_PRE_COMMAND_TO_WAN.service()).isEqualTo(DuisService.SEND_COMMAND);
    assertThat(CommandVariant.of(9)).isEmpty();
  }

  private static boolean yes(JsonNode row, String field) {
    return row.get(field).asText().equals("Yes");
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      throw new AssertionError("no " + p + " in template");
    }
    return m.group(1).trim();
  }
}

package org.dccsim.gbcs.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageCodesTest {

  private final MessageCodes table = MessageCodes.standard();

  @Test
  void mapsTheWalkingSkeletonsCodesBothWays() throws UnknownMessageCodeException {
    assertThat(table.require(0x0027).useCase()).isEqualTo("ECS17b");
    assertThat(table.require(0x0027).type()).isEqualTo(MessageType.NON_CRITICAL_COMMAND);
    assertThat(table.require(0x004F).useCase()).isEqualTo("ECS42");
    assertThat(table.require(0x004F).type()).isEqualTo(MessageType.CRITICAL_COMMAND);
    assertThat(table.require(0x0019).useCase()).isEqualTo("ECS01a");
    assertThat(table.require(0x0001).useCase()).isEqualTo("CCS01");
    assertThat(table.requireUseCase("ECS17b").code()).isEqualTo(0x0027);
  }

  @Test
  void anUnknownCodeIsAnExplicitAbsenceNotAGuess() {
    assertThat(table.byCode(0x0005)).isEmpty();
    assertThat(table.byCode(0xFFFF)).isEmpty();
    assertThatThrownBy(() -> table.require(0x0005)).hasMessageContaining("0x0005");
    assertThatThrownBy(() -> table.requireUseCase("ECS99")).hasMessageContaining("ECS99");
  }

  @Test
  void useCasesWithSeveralCodesAreToldApartByVariant() {
    assertThat(table.byUseCase("CS02b")).hasSize(8);
    assertThat(table.byCode(0x0102).orElseThrow().variant()).contains("SupplierBySupplier");
    assertThatThrownBy(() -> table.requireUseCase("CS02b")).hasMessageContaining("variant");
  }
}

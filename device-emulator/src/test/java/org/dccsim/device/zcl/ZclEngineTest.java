package org.dccsim.device.zcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.GeneralCommands;
import org.dccsim.gbcs.gbz.GeneralCommands.AttributeRecord;
import org.dccsim.gbcs.gbz.GeneralCommands.DefaultResponse;
import org.dccsim.gbcs.gbz.GeneralCommands.ReadAttributesResponse;
import org.dccsim.gbcs.gbz.MeteringCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclHeader;
import org.dccsim.gbcs.gbz.ZclUtcTime;
import org.dccsim.gbcs.gbz.ZclValue;
import org.junit.jupiter.api.Test;

/** The generic engine on a small model: defaults, memory only where values differ, pins, faults, queries. */
class ZclEngineTest {

  private static final int CLUSTER = 0x0702;
  private static final ZclAttributeRef STATUS = new ZclAttributeRef(CLUSTER, 0x0014);
  private static final ZclAttributeRef READING = new ZclAttributeRef(CLUSTER, 0x0000);
  private static final ZclAttributeRef LABEL = new ZclAttributeRef(CLUSTER, 0x0307);
  private static final ZclCommandRef CHANGE_SUPPLY = ZclCommandRef.toServer(CLUSTER, 0x0B);
  private static final ZclCommandRef GET_SNAPSHOT = ZclCommandRef.toServer(CLUSTER, 0x06);

  /** A bare device: only the engine's memory. */
  private static final class Device implements ZclDevice {
    ZclMemory memory;
    long reading = 42;

    @Override
    public ZclMemory zclMemory() {
      return memory;
    }

    @Override
    public ZclMemory zclMemoryForWrite() {
      if (memory == null) {
        memory = new ZclMemory();
      }
      return memory;
    }
  }

  private static final ZclEngine<Device> ENGINE = ZclEngine.<Device>builder()
      .attribute(CLUSTER, 0x0014, new ZclValue.Fixed(ZclValue.ENUM8, 2))
      .writable(CLUSTER, 0x0307, ZclAttribute.zero(ZclValue.OCTET_STRING))
      .computed(CLUSTER, 0x0000, ZclValue.UINT48, (d, x) -> new ZclValue.Fixed(ZclValue.UINT48, d.reading))
      .command(CHANGE_SUPPLY, (d, c, x) -> {
        x.write(STATUS, ((MeteringCommands.ChangeSupply) c).proposedSupplyStatus());
        return List.of();
      })
      .query(GET_SNAPSHOT, (d, c, x) -> {
        throw new ZclFailure(ZclStatus.NOT_FOUND, "none kept");
      })
      .build();

  private final Device device = new Device();

  @Test
  void aDeviceAtRestHoldsNothingAndReadsDefaultsAndComputedValues() {
    List<ZclEngine.Reply> replies = run(read(0x0014, 0x0000, 0x0307));

    assertThat(records(replies.get(0))).extracting(r -> r.value().orElseThrow()).containsExactly(
        new ZclValue.Fixed(ZclValue.ENUM8, 2), new ZclValue.Fixed(ZclValue.UINT48, 42),
        ZclAttribute.zero(ZclValue.OCTET_STRING));
    assertThat(device.memory).isNull();
  }

  @Test
  void aValueIsStoredOnlyWhileItDiffersFromTheDefault() {
    run(changeSupply(0));
    assertThat(ENGINE.storedLong(device, STATUS)).isZero();
    assertThat(device.memory.isEmpty()).isFalse();

    run(changeSupply(2));
    assertThat(ENGINE.storedLong(device, STATUS)).isEqualTo(2);
    assertThat(device.memory.isEmpty()).as("back to the default: nothing kept").isTrue();
  }

  @Test
  void aPinWinsOverComputedAndStoredValuesUntilUnpinned() {
    new ZclPins<>(ENGINE, device).pin(READING, new ZclValue.Fixed(ZclValue.UINT48, 12_345));
    assertThat(records(run(read(0x0000)).get(0)).get(0).value()).contains(new ZclValue.Fixed(ZclValue.UINT48, 12_345));

    new ZclPins<>(ENGINE, device).unpin(READING);
    assertThat(records(run(read(0x0000)).get(0)).get(0).value()).contains(new ZclValue.Fixed(ZclValue.UINT48, 42));
  }

  @Test
  void aFailedReadAnswersItsStatusAndTheRestOfTheMessageIsNotExecuted() {
    new ZclFaults<>(ENGINE, device).fail(READING, ZclStatus.HARDWARE_FAILURE);

    List<ZclEngine.Reply> replies = run(read(0x0014, 0x0000), changeSupply(0));

    assertThat(records(replies.get(0))).extracting(AttributeRecord::status)
        .containsExactly(ZclStatus.SUCCESS, ZclStatus.HARDWARE_FAILURE);
    assertThat(replies.get(1).command()).isEqualTo(new DefaultResponse(true, 0xFF, ZclStatus.FAILURE));
    assertThat(ENGINE.storedLong(device, STATUS)).as("not executed").isEqualTo(2);
  }

  @Test
  void anIntermittentCommandFaultLetsTheFirstRunsSucceed() {
    new ZclFaults<>(ENGINE, device).failAfter(CHANGE_SUPPLY, 1, ZclStatus.HARDWARE_FAILURE);

    List<ZclEngine.Reply> replies = run(changeSupply(0), changeSupply(1), changeSupply(2));

    assertThat(replies).extracting(ZclEngine.Reply::command).containsExactly(
        new DefaultResponse(true, 0x0B, ZclStatus.SUCCESS),
        new DefaultResponse(true, 0x0B, ZclStatus.HARDWARE_FAILURE),
        new DefaultResponse(true, 0xFF, ZclStatus.FAILURE));
    assertThat(ENGINE.storedLong(device, STATUS)).isZero();
  }

  @Test
  void aCommandValueTheAttributeCannotHoldIsAnInvalidValue() {
    ZclEngine<Device> narrow = ZclEngine.<Device>builder()
        .attribute(CLUSTER, 0x0014, new ZclValue.Fixed(ZclValue.ENUM8, 2))
        .command(CHANGE_SUPPLY, (d, c, x) -> {
          x.write(STATUS, 0x100 + ((MeteringCommands.ChangeSupply) c).proposedSupplyStatus());
          return List.of();
        })
        .build();
    List<ZclEngine.Reply> tooWide = narrow.execute(device, new GbzPayload.UseCase(List.of(changeSupply(1))),
        new ZclContext<>(device, narrow, null, Instant.parse("2015-01-01T00:00:00Z"), null, null));
    assertThat(tooWide.get(0).command()).isEqualTo(new DefaultResponse(true, 0x0B, ZclStatus.INVALID_VALUE));
  }

  @Test
  void unknownCommandsAndReadOnlyWritesAnswerTheirStatus() {
    ZclCommand topUp = new PrepaymentCommands.ConsumerTopUp(0, org.dccsim.gbcs.frame.ByteSlice.EMPTY);
    List<ZclEngine.Reply> unknown = run(component(CLUSTER, topUp));
    assertThat(unknown.get(0).command()).isEqualTo(new DefaultResponse(true, 0x04, ZclStatus.UNSUP_CLUSTER_COMMAND));

    ZclCommand write = new GeneralCommands.WriteAttributes(List.of(
        new GeneralCommands.AttributeWrite(0x0014, new ZclValue.Fixed(ZclValue.ENUM8, 0)),
        new GeneralCommands.AttributeWrite(0x0307, new ZclValue.Text(ZclValue.OCTET_STRING,
            org.dccsim.gbcs.frame.ByteSlice.copyOf(new byte[] {1, 2})))));
    assertThat(run(component(CLUSTER, write)).get(0).command()).isEqualTo(new GeneralCommands.WriteAttributesResponse(
        List.of(new GeneralCommands.WriteStatus(ZclStatus.READ_ONLY, 0x0014))));
    assertThat(((ZclValue.Text) ENGINE.stored(device, LABEL)).value().length()).isEqualTo(2);
  }

  @Test
  void aQueryAnswersNotFoundWithoutStoppingTheMessageUnlessItsAnswerIsPinnedForThatRequest() {
    MeteringCommands.GetSnapshot first = new MeteringCommands.GetSnapshot(ZclUtcTime.NOW, ZclUtcTime.UNDEFINED, 0, 0);
    MeteringCommands.GetSnapshot second = new MeteringCommands.GetSnapshot(ZclUtcTime.NOW, ZclUtcTime.UNDEFINED, 1, 0);
    ZclCommand answer = new MeteringCommands.StartSamplingResponse(7);
    new ZclPins<>(ENGINE, device).answer(GET_SNAPSHOT, first, List.of(new ZclResponse(answer, true)));

    List<ZclEngine.Reply> replies = run(component(CLUSTER, first), component(CLUSTER, second), changeSupply(0));

    assertThat(replies.get(0).command()).isEqualTo(answer);
    assertThat(replies.get(0).header().defaultResponseDisabled()).isTrue();
    assertThat(replies.get(1).command()).isEqualTo(new DefaultResponse(true, 0x06, ZclStatus.NOT_FOUND));
    assertThat(replies.get(2).command()).isEqualTo(new DefaultResponse(true, 0x0B, ZclStatus.SUCCESS));
  }

  private List<ZclEngine.Reply> run(GbzComponent... components) {
    return ENGINE.execute(device, new GbzPayload.UseCase(List.of(components)),
        new ZclContext<>(device, ENGINE, null, Instant.parse("2015-01-01T00:00:00Z"), null, null));
  }

  private static GbzComponent read(Integer... ids) {
    return component(CLUSTER, GeneralCommands.ReadAttributes.of(ids));
  }

  private static GbzComponent changeSupply(int status) {
    return component(CLUSTER, new MeteringCommands.ChangeSupply(0, 1, ZclUtcTime.NOW, ZclUtcTime.NOW, status, 0));
  }

  private static GbzComponent component(int cluster, ZclCommand command) {
    return GbzComponent.of(cluster, ZclHeader.of(command, 0, false), command);
  }

  private static List<AttributeRecord> records(ZclEngine.Reply reply) {
    return ((ReadAttributesResponse) reply.command()).records();
  }
}

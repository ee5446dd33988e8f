package org.dccsim.dcc.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.ZclHeader;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.UnknownMessageCodeException;

/**
 * A DUIS request to a GSME or GPF becomes one GBCS use case: a GBZ payload whose components are
 * the use case's ZCL commands, numbered (transaction sequence) from 0, default responses enabled,
 * under the use case's message code, from the User or from the access control broker on its behalf.
 * What the commands are comes from {@link Commands}: fixed by GBCS for a read, taken from the
 * request body otherwise. The gas family's use cases (GCS) and the GSME's security and customer
 * identification ones (CS01b, CS10a/b, CS11, GCS36) are built by it.
 */
public final class GbzTransform implements DeviceCommandTransform {

  /** The ZCL commands a request becomes, in payload order. */
  @FunctionalInterface
  public interface Commands {
    List<ZclCall> of(AcceptedRequest request) throws RequestRefused;
  }

  private final int messageCode;
  private final Set<DeviceType> targets;
  private final Commands commands;

  public GbzTransform(String useCase, Set<DeviceType> targets, Commands commands) {
    this.messageCode = messageCode(useCase);
    this.targets = Set.copyOf(targets);
    this.commands = commands;
  }

  /** A use case whose commands GBCS fixes (reads, and commands without parameters). */
  public static GbzTransform fixed(String useCase, Set<DeviceType> targets, ZclCall... calls) {
    List<ZclCall> fixed = List.of(calls);
    return new GbzTransform(useCase, targets, request -> fixed);
  }

  public static int messageCode(String useCase) {
    try {
      return MessageCodes.standard().requireUseCase(useCase).code();
    } catch (UnknownMessageCodeException e) {
      throw new IllegalStateException(useCase + " has no single message code", e);
    }
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return targets;
  }

  /**
   * The command from the User or from the access control broker on its behalf ({@link
   * CommandOriginator}); for an unknown remote party the broker's, with the User's certificate.
   */
  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    byte[] payload = payload(commands.of(request));
    Optional<UnknownRemoteParty> unknown = UnknownRemoteParty.of(request);
    return unknown.isPresent()
        ? unknown.get().command(request, messageCode, payload)
        : CommandOriginator.of(request, messageCode).command(request, messageCode, payload);
  }

  public static byte[] payload(List<ZclCall> calls) {
    List<GbzComponent> components = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      ZclCall c = calls.get(i);
      components.add(new GbzComponent(c.clusterId(), c.fromDateTime(), ZclHeader.of(c.command(), i, false),
          new GbzComponent.Plain(c.command())));
    }
    return GbzCodec.encode(new GbzPayload.UseCase(components));
  }
}

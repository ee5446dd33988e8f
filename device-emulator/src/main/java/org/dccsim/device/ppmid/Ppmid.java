package org.dccsim.device.ppmid;

import java.util.Optional;
import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.common.CommonUseCases;
import org.dccsim.device.common.DeviceJoins;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclHeader;
import org.dccsim.gbcs.gbz.ZclUtcTime;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.smki.Eui64;

/**
 * An emulated Prepayment Meter Interface Device. Besides the shared use cases it receives, it
 * sends the HAN-only commands GBCS gives it towards the gas meter it is joined to: a consumer's
 * top-up (PCS01) and emergency credit request (PCS02), MACed with its key and the meter's, over
 * {@link DeviceServices#han()}.
 */
public final class Ppmid extends EmulatedDevice {

  /** GBCS message codes of PCS01 and PCS02. */
  public static final int TOP_UP_MESSAGE_CODE = 0x009B;
  public static final int EMERGENCY_CREDIT_MESSAGE_CODE = 0x0090;
  /** ZSE Prepayment cluster; ZSE's Originating Device of a consumer's entry on an in-home display. */
  private static final int PREPAYMENT_CLUSTER = 0x0705;
  private static final int ORIGINATING_DEVICE = 0x02;

  private static final DeviceUseCases<Ppmid> USE_CASES =
      new DeviceUseCases<>(CommonUseCases.forType(DeviceType.PPMID));

  /** The originator counter of the last HAN-only command this PPMID sent; 0 when none. */
  private long hanCounter;

  public Ppmid(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  public DeviceType type() {
    return DeviceType.PPMID;
  }

  @Override
  public DeviceUseCases<Ppmid> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.NONE;
  }

  /**
   * Sends a consumer's top-up code to a joined meter (PCS01).
   *
   * @param utrn the digits the consumer keyed in (the meter judges them)
   * @return the meter's response, once its MAC and counter check out; empty when it did not answer
   * @throws IllegalStateException when {@code meter} is not joined to this PPMID
   */
  public Optional<byte[]> topUp(Eui64 meter, String utrn, DeviceServices services) {
    return send(meter, TOP_UP_MESSAGE_CODE,
        new PrepaymentCommands.ConsumerTopUp(ORIGINATING_DEVICE, Utrn.ascii(utrn)), services);
  }

  /** Asks a joined meter to activate its emergency credit (PCS02); as {@link #topUp}. */
  public Optional<byte[]> activateEmergencyCredit(Eui64 meter, DeviceServices services) {
    return send(meter, EMERGENCY_CREDIT_MESSAGE_CODE,
        new PrepaymentCommands.SelectAvailableEmergencyCredit(ZclUtcTime.of(now(services)), ORIGINATING_DEVICE),
        services);
  }

  /** The counter of the last HAN-only command sent; 0 when none. */
  public synchronized long hanCounter() {
    return hanCounter;
  }

  /**
   * Sets the counter the next HAN-only command exceeds (a seeded state). Counters otherwise start
   * at the clock's milliseconds, as alert counters do, so that they keep growing across restarts.
   */
  public synchronized void setHanCounter(long counter) {
    this.hanCounter = counter;
  }

  private Optional<byte[]> send(Eui64 meter, int messageCode, ZclCommand command, DeviceServices services) {
    if (!condition().powered()) {
      return Optional.empty();
    }
    TrustAnchor partner = DeviceJoins.partnerAnchor(this, meter, services)
        .orElseThrow(() -> new IllegalStateException(meter + " is not joined to " + id() + " with a known key"));
    byte[] message;
    long counter;
    synchronized (this) {
      hanCounter = Math.max(hanCounter + 1, services.clock().millis());
      counter = hanCounter;
      GroupingHeader header = new GroupingHeader(
          CraFlag.COMMAND, counter, id(), meter, Optional.empty(), OtherInformation.of(messageCode));
      GbzComponent component = GbzComponent.of(PREPAYMENT_CLUSTER, ZclHeader.of(command, 0, false), command);
      byte[] payload = GbzCodec.encode(GbzPayload.UseCase.of(component));
      message = protect(GeneralSigningApdu.create(header, payload, SignatureField.NULL), false, partner, services);
    }
    return services.han().exchange(id(), meter, message, services)
        .filter(response -> isAnswer(response, meter, messageCode, counter, partner, services));
  }

  /**
   * Whether a response is the meter's answer to the command just sent: a response from it, with the
   * command's code and counter, MACed with its key; anything else is not believed.
   */
  private boolean isAnswer(byte[] response, Eui64 meter, int messageCode, long counter, TrustAnchor partner,
      DeviceServices services) {
    try {
      GbcsMessage m = GbcsCodec.decode(response);
      GeneralSigningApdu apdu = m.apdu();
      return apdu.cra() == CraFlag.RESPONSE && apdu.originator().equals(meter) && apdu.recipient().equals(id())
          && apdu.messageCode() == messageCode && apdu.originatorCounter() == counter
          && m.isMacProtected() && services.mac().verify(m, sharedSecret(partner, services));
    } catch (GbcsCodecException e) {
      return false;
    }
  }
}

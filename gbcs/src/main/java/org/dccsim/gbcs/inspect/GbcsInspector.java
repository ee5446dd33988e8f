package org.dccsim.gbcs.inspect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.GbzComponentCipher;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.SensitivePayloadParties;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.usecase.MessageCode;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.UseCases;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.crypto.SharedSecretCache;

/**
 * What a User wants to know of a GBCS message it received: the frame and header, the message
 * code with its use case, the decoded payload, and whether its signature, its MAC and any
 * encrypted content check out with the keys at hand: valid, invalid, or unknown for lack of a
 * key. Malformed input fails with the codec's precise {@link GbcsCodecException}.
 */
public final class GbcsInspector {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Eui64 ACB = Eui64.DCC_ACCESS_CONTROL_BROKER;

  private final SmkiRepository keys;
  private final GbcsSigner signer = new GbcsSigner(new EcdsaP256(CryptoProvider.BC));
  private final GbcsMac mac;
  private final SensitivePayloadCipher cipher;
  private final GbzComponentCipher gbz;

  public GbcsInspector(SmkiRepository keys) {
    this.keys = keys;
    MessageKeyDerivation kdf = new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 64));
    this.mac = new GbcsMac(kdf);
    this.cipher = new SensitivePayloadCipher(kdf);
    this.gbz = new GbzComponentCipher(cipher);
  }

  public ObjectNode inspect(byte[] message) throws GbcsCodecException {
    if (message.length == 0) {
      throw new GbcsCodecException(0, "a GBCS message (DD or DF), not nothing");
    }
    GbcsMessage m = message[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG
        ? GbcsCodec.decode(message)
        : GbcsMessage.unwrapped(GbcsCodec.decodeApdu(message));
    GeneralSigningApdu a = m.apdu();
    ObjectNode out = F.objectNode();
    out.put("frame", m.isMacProtected() ? "General-Ciphering (DD) around General-Signing (DF)" : "General-Signing (DF)");
    out.set("header", header(a));
    Object payload = PayloadDecoder.decode(a);
    out.put("payloadKind", PayloadDecoder.kind(payload));
    out.set("payload", RecordJson.of(payload));
    out.set("signature", signature(a));
    out.set("mac", mac(m));
    out.set("decryption", decryption(a, payload));
    return out;
  }

  private static ObjectNode header(GeneralSigningApdu a) {
    ObjectNode h = F.objectNode();
    h.put("cra", a.cra().name());
    h.put("originatorCounter", Long.toUnsignedString(a.originatorCounter()));
    h.put("originator", a.originator().toString());
    h.put("recipient", a.recipient().toString());
    a.header().dateTime().ifPresentOrElse(t -> h.put("dateTime", t.toString()), () -> h.putNull("dateTime"));
    OtherInformation oi = a.header().otherInformation();
    h.put("messageCode", String.format("0x%04X", oi.messageCode()));
    Optional<MessageCode> code = MessageCodes.standard().byCode(oi.messageCode());
    h.put("useCase", code.map(MessageCode::useCase).orElse("unknown message code"));
    code.flatMap(c -> UseCases.standard().find(c.useCase())).ifPresent(u -> h.put("useCaseName", u.name()));
    code.ifPresent(c -> h.put("messageType", c.type().name()));
    oi.supplementaryRemotePartyId().ifPresent(e -> h.put("supplementaryRemotePartyId", e.toString()));
    oi.supplementaryRemotePartyCounter().ifPresent(c -> h.put("supplementaryRemotePartyCounter", Long.toUnsignedString(c)));
    oi.supplementaryOriginatorCounter().ifPresent(c -> h.put("supplementaryOriginatorCounter", Long.toUnsignedString(c)));
    oi.keyAgreementCertificate().ifPresent(c -> h.set("keyAgreementCertificate", RecordJson.of(c)));
    return h;
  }

  private ObjectNode signature(GeneralSigningApdu a) {
    ObjectNode s = F.objectNode();
    if (!a.signature().isPresent()) {
      s.put("status", "absent");
      s.put("field", a.signature().kind().name());
      return s;
    }
    List<SmkiCertificate> certs = certificates(a.originator(), KeyUsage.DIGITAL_SIGNATURE);
    if (certs.isEmpty()) {
      return status("unknown", "no signing certificate of " + a.originator() + " among the keys given");
    }
    for (SmkiCertificate c : certs) {
      if (signer.verify(a, c.publicKey())) {
        return status("valid", "verifies with certificate " + c.serialHex());
      }
    }
    return status("invalid", "verifies with none of " + certs.size() + " signing certificate(s) of " + a.originator());
  }

  private ObjectNode mac(GbcsMessage m) {
    if (!m.isMacProtected()) {
      return status("absent", "");
    }
    GeneralSigningApdu a = m.apdu();
    // a command from a remote party is MACed by the access control broker for the device; a HAN
    // command from one device to another, a response or an alert by its originator
    boolean fromRemoteParty = a.cra() == CraFlag.COMMAND
        && keys.device(a.originator(), KeyUsage.KEY_AGREEMENT).isEmpty()
        && keys.device(a.originator(), KeyUsage.DIGITAL_SIGNATURE).isEmpty();
    Eui64 one = fromRemoteParty ? ACB : a.originator();
    Eui64 other = a.recipient();
    boolean anyPair = false;
    for (Eui64[] side : new Eui64[][] {{one, other}, {other, one}}) {
      for (Credential local : credentials(side[0], KeyUsage.KEY_AGREEMENT)) {
        for (SmkiCertificate peer : certificates(side[1], KeyUsage.KEY_AGREEMENT)) {
          anyPair = true;
          if (mac.verify(m, local.privateKey(), peer.publicKey())) {
            return status("valid", "recomputed with " + side[0] + "'s key agreement key and " + side[1] + "'s certificate");
          }
        }
      }
    }
    return anyPair
        ? status("invalid", "no key agreement pair of " + one + " and " + other + " reproduces it")
        : status("unknown", "needs the key agreement private key of " + one + " or " + other + " and the other's certificate");
  }

  private ObjectNode decryption(GeneralSigningApdu a, Object payload) {
    List<EncryptedParts.Part> sealed = new ArrayList<>();
    EncryptedParts.collect(payload, sealed);
    if (sealed.isEmpty()) {
      return status("none", "nothing encrypted");
    }
    // encrypted for the recipient (or the supplementary remote party) by the originator
    SensitivePayloadParties parties = SensitivePayloadParties.of(a.header());
    ArrayNode parts = F.arrayNode();
    boolean allDecrypted = true;
    boolean anyKey = false;
    for (EncryptedParts.Part part : sealed) {
      ObjectNode p = F.objectNode();
      Optional<JsonNode> plain = Optional.empty();
      boolean failed = false;
      search:
      for (Eui64[] side : new Eui64[][] {{parties.recipient(), parties.originator()}, {parties.originator(), parties.recipient()}}) {
        for (Credential local : credentials(side[0], KeyUsage.KEY_AGREEMENT)) {
          for (SmkiCertificate peer : certificates(side[1], KeyUsage.KEY_AGREEMENT)) {
            anyKey = true;
            try {
              plain = Optional.of(decrypt(part, parties, local, peer));
              break search;
            } catch (GbcsCodecException | GbcsSecurityException e) {
              failed = true;
            }
          }
        }
      }
      if (plain.isPresent()) {
        p.put("status", "decrypted");
        p.set("plaintext", plain.get());
      } else {
        allDecrypted = false;
        p.put("status", failed ? "invalid" : "unknown");
        p.put("detail", failed ? "the tag does not verify with the keys given" : "no key agreement key pair for it");
      }
      parts.add(p);
    }
    ObjectNode d = status(allDecrypted ? "decrypted" : anyKey ? "partly" : "unknown", "");
    d.set("parts", parts);
    return d;
  }

  private JsonNode decrypt(EncryptedParts.Part part, SensitivePayloadParties parties, Credential local,
      SmkiCertificate peer) throws GbcsCodecException, GbcsSecurityException {
    if (part instanceof EncryptedParts.GbzSealed g) {
      return RecordJson.of(gbz.decrypt(g.component(), parties, local.privateKey(), peer.publicKey()));
    }
    ByteSlice sealed = ((EncryptedParts.DlmsSealed) part).sealed();
    return PayloadDecoder.decodePlaintext(cipher.decrypt(sealed, parties.originator(), parties.counter(),
        parties.recipient(), local.privateKey(), peer.publicKey()));
  }

  private List<SmkiCertificate> certificates(Eui64 eui, KeyUsage usage) {
    List<SmkiCertificate> certs = new ArrayList<>(keys.organisations(eui, usage));
    keys.device(eui, usage).ifPresent(certs::add);
    return certs;
  }

  private List<Credential> credentials(Eui64 eui, KeyUsage usage) {
    List<Credential> creds = new ArrayList<>();
    for (SmkiCertificate c : certificates(eui, usage)) {
      keys.credential(c).ifPresent(creds::add);
    }
    return creds;
  }

  private static ObjectNode status(String status, String detail) {
    ObjectNode o = F.objectNode();
    o.put("status", status);
    if (!detail.isEmpty()) {
      o.put("detail", detail);
    }
    return o;
  }
}

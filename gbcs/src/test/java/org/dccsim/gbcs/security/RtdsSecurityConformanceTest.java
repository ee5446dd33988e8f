package org.dccsim.gbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.dccsim.gbcs.testing.RtdsKeys;
import org.dccsim.gbcs.testing.RtdsKeys.Usage;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.junit.jupiter.api.Test;

/** Signatures and MACs of the GBCS Reference Test Data Set, checked with the RTDS key store. */
class RtdsSecurityConformanceTest {

  private static final Eui64 ACB = Eui64.DCC_ACCESS_CONTROL_BROKER;

  private final GbcsSigner signer = new GbcsSigner(new EcdsaP256(CryptoProvider.BC));
  private final GbcsMac mac =
      new GbcsMac(
          new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 1024)));

  @Test
  void everySignatureVerifiesWithTheOriginatorsDigitalSigningCertificate()
      throws GbcsCodecException {
    List<String> failures = new ArrayList<>();
    int verified = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = GbcsCodec.decode(f.bytes()).apdu();
      if (!apdu.signature().isPresent()) {
        continue;
      }
      if (signer.verify(apdu, RtdsKeys.requirePublicKey(apdu.originator(), Usage.DS))) {
        verified++;
      } else {
        failures.add(f.toString());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(verified).isEqualTo(472);
  }

  @Test
  void everyMacThatTheKeyStoreAllowsIsRecomputedByteForByte() throws GbcsCodecException {
    List<String> mismatches = new ArrayList<>();
    List<String> notRecomputable = new ArrayList<>();
    int recomputed = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GbcsMessage m = GbcsCodec.decode(f.bytes());
      if (!m.isMacProtected()) {
        continue;
      }
      Optional<KeyPairForMac> keys = macKeys(m.apdu());
      if (keys.isEmpty()) {
        notRecomputable.add(f.name());
        continue;
      }
      byte[] expected = mac.compute(m.apdu(), keys.get().local(), keys.get().peer());
      if (m.mac().get().contentEquals(expected) && mac.verify(m, keys.get().local(), keys.get().peer())) {
        recomputed++;
      } else {
        mismatches.add(f.toString());
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(recomputed).isEqualTo(811);
    // PPMID -> GSME over the HAN: both ends are devices, whose private keys are not public
    assertThat(notRecomputable)
        .containsExactlyInAnyOrder(
            "PCS01_NA_SUCCESS_COMMAND_GBCS.HEX",
            "PCS01_NA_SUCCESS_RESPONSE_GBCS.HEX",
            "PCS02_NA_SUCCESS_COMMAND_GBCS.HEX",
            "PCS02_NA_SUCCESS_RESPONSE_GBCS.HEX");
  }

  @Test
  void signingEachPreCommandGivesTheCommandsSignedSpanAndAVerifyingSignature()
      throws GbcsCodecException {
    int signed = 0;
    for (RtdsFile pre : RtdsFiles.all()) {
      if (!pre.isPreCommand()) {
        continue;
      }
      GeneralSigningApdu preCommand = GbcsCodec.decodeApdu(pre.bytes());
      GeneralSigningApdu command =
          GbcsCodec.decode(RtdsFiles.bytes(pre.folder(), pre.name().replace("_PRECOMMAND", "_COMMAND")))
              .apdu();
      Eui64 user = preCommand.originator();

      GeneralSigningApdu ours = signer.sign(preCommand, RtdsKeys.requirePrivateKey(user, Usage.DS));

      assertThat(ours.signedSpan()).as(pre.toString()).isEqualTo(command.signedSpan());
      assertThat(signer.verify(ours, RtdsKeys.requirePublicKey(user, Usage.DS))).isTrue();
      signed++;
    }
    assertThat(signed).isEqualTo(178);
  }

  @Test
  void wrappingEachCommandsSignedApduWithTheAcbKeyReproducesTheCommand() throws GbcsCodecException {
    PrivateKey acb = RtdsKeys.requirePrivateKey(ACB, Usage.KA);
    int wrapped = 0;
    for (RtdsFile pre : RtdsFiles.all()) {
      if (!pre.isPreCommand()) {
        continue;
      }
      byte[] command = RtdsFiles.bytes(pre.folder(), pre.name().replace("_PRECOMMAND", "_COMMAND"));
      GeneralSigningApdu signedApdu = GbcsCodec.decode(command).apdu();
      PublicKey device = RtdsKeys.requirePublicKey(signedApdu.recipient(), Usage.KA);

      byte[] fromApdu = mac.wrap(signedApdu.encoded().toByteArray(), acb, device);

      assertThat(fromApdu).as(pre.toString()).isEqualTo(command);
      wrapped++;
    }
    assertThat(wrapped).isEqualTo(178);
  }

  private record KeyPairForMac(PrivateKey local, PublicKey peer) {}

  /**
   * Commands from remote parties carry the ACB's MAC (ACB KA private x device KA public);
   * responses and alerts carry the device's, which the recipient checks with its own KA private
   * key. Only organisations' private keys are in the key store.
   */
  private static Optional<KeyPairForMac> macKeys(GeneralSigningApdu apdu) {
    if (apdu.cra() == CraFlag.COMMAND) {
      boolean fromRemoteParty = RtdsKeys.privateKey(apdu.originator(), Usage.DS).isPresent();
      return fromRemoteParty
          ? Optional.of(
              new KeyPairForMac(
                  RtdsKeys.requirePrivateKey(ACB, Usage.KA),
                  RtdsKeys.requirePublicKey(apdu.recipient(), Usage.KA)))
          : Optional.empty();
    }
    return RtdsKeys.privateKey(apdu.recipient(), Usage.KA)
        .map(k -> new KeyPairForMac(k, RtdsKeys.requirePublicKey(apdu.originator(), Usage.KA)));
  }
}

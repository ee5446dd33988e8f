package org.dccsim.app.client;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dccsim.app.DataDirectory;
import org.dccsim.dcc.catalogue.CommandVariant;
import org.dccsim.dcc.duis.DuisRequest;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.duis.DuisRequestSigner;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.smki.Credential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dccsim send FILE}: signs a DUIS request with its originator's XML-signing key, posts it
 * to the service its Command Variant belongs to, and prints the synchronous answer with its
 * signature checked. For a critical request (CV 4) {@code --sign-pre-command} also signs the
 * returned Pre-Command with the User's GBCS key and sends it back as CV 5.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
    description = "Sign a DUIS request with the originator's key and post it to dccsim (or any DCC).")
public final class SendCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "A DUIS request, e.g. one of the public DUIS templates.")
  Path file;

  @Option(names = "--url", description = "The DCC's DUIS address (default: ${DEFAULT-VALUE}).")
  URI url = URI.create("http://127.0.0.1:8079");

  @Option(names = "--keys", paramLabel = "DIR",
      description = "Folders of certificates and keys (dccsim's data directory, DCC Boxed material). "
          + "Default: the data directory's smki folder. Repeatable.")
  List<Path> keyFolders = new ArrayList<>();

  @Option(names = "--data-dir", paramLabel = "DIR", description = "dccsim's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir = DataDirectory.defaultPath();

  @Option(names = "--keep-counter", description = "Keep the RequestID counter of the file (default: replace it with the time in ms, as DCC Boxed's signing tool does).")
  boolean keepCounter;

  @Option(names = "--sign-pre-command", description = "For CV 4: sign the returned Pre-Command and send it as CV 5.")
  boolean signPreCommand;

  @Override
  public Integer call() throws Exception {
    ClientKeys keys = new ClientKeys(keyFolders.isEmpty() ? List.of(dataDir.resolve("smki")) : keyFolders);
    byte[] unsigned = Files.readAllBytes(file);
    DuisRequest parsed = new DuisRequestReader().read(unsigned);
    RequestId id = parsed.requestId();
    DuisRequestSigner signer = new DuisRequestSigner(keys.xmlSigner(id.originator()).orElseThrow(() ->
        new IllegalStateException("no XML-signing key for " + id.originator() + " in " + keyFolders)));
    byte[] signed = keepCounter ? signer.sign(unsigned) : signer.signWithCounter(unsigned, System.currentTimeMillis());
    CommandVariant cv = CommandVariant.of(parsed.header().commandVariant()).orElseThrow(() ->
        new IllegalArgumentException("Command Variant " + parsed.header().commandVariant() + " is not sent by Users"));
    DuisClient client = new DuisClient(url);

    InspectedResponse first = exchange(client, cv, signed, keys);
    if (first == null) {
      return 2;
    }
    if (signPreCommand && cv == CommandVariant.SR_TO_PRE_COMMAND && first.preCommand().isPresent()) {
      Credential gbcsKey = keys.gbcsSigning(id.originator()).orElseThrow(() ->
          new IllegalStateException("no GBCS signing key for " + id.originator()));
      byte[] signedPreCommand = new GbcsSigner(keys.ecdsa())
          .sign(GbcsCodec.decodeApdu(first.preCommand().get()), gbcsKey.privateKey()).encoded().toByteArray();
      RequestId sameId = first.response().requestId();
      byte[] cv5 = signer.sign(SignedPreCommandRequest.build(
          sameId, parsed.header().serviceReference(), parsed.header().serviceReferenceVariant(), signedPreCommand));
      System.out.println();
      System.out.println("Pre-Command signed with " + gbcsKey.certificate().role().orElseThrow() + " certificate "
          + gbcsKey.certificate().serial() + "; sending it as CV 5 under the same RequestID");
      first = exchange(client, CommandVariant.SIGNED_PRE_COMMAND_TO_WAN, cv5, keys);
      if (first == null) {
        return 2;
      }
    }
    return first.responseCode().startsWith("I") && first.signature().isValid() ? 0 : 1;
  }

  private InspectedResponse exchange(DuisClient client, CommandVariant cv, byte[] signed, ClientKeys keys)
      throws Exception {
    System.out.println("POST " + url.resolve(cv.service().path()) + "  (CV " + cv.number() + ")");
    DuisClient.Reply reply = client.post(cv, signed);
    if (reply.status() != 200 || !reply.contentType().startsWith("application/xml")) {
      System.out.println("HTTP " + reply.status() + ": " + reply.text().trim());
      return null;
    }
    InspectedResponse r = InspectedResponse.inspect(reply.body(), keys.verifier());
    System.out.println("HTTP 200  " + ResponseSummary.of(r));
    System.out.println(reply.text());
    return r;
  }
}

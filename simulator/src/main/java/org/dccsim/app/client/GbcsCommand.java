package org.dccsim.app.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.dccsim.app.DataDirectory;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.inspect.GbcsInspector;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.importer.SmkiImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dccsim gbcs ...}: GBCS tools for Users. */
@Command(name = "gbcs", mixinStandardHelpOptions = true, description = "GBCS tools.",
    subcommands = GbcsCommand.Decode.class)
public final class GbcsCommand {

  /**
   * {@code dccsim gbcs decode [MESSAGE]}: decodes a GBCS message (hex or base64, as an argument or
   * on stdin), e.g. the GBCSPayload of a DUIS response, and prints JSON: header, use case, payload,
   * and the status of signature, MAC and decryption with the keys given.
   */
  @Command(name = "decode", mixinStandardHelpOptions = true,
      description = "Decode a GBCS message (hex or base64; argument or stdin) to JSON, checking signature, MAC and encryption.")
  public static final class Decode implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "MESSAGE", description = "Hex or base64; read from stdin when absent.")
    String message;

    @Option(names = "--keys", paramLabel = "DIR",
        description = "Folders of certificates and private keys (e.g. ../shared/reference/smki/device-keys). "
            + "Default: the data directory's smki folder, when it exists. Repeatable.")
    List<Path> keyFolders = new ArrayList<>();

    @Option(names = "--data-dir", paramLabel = "DIR", description = "dccsim's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir = DataDirectory.defaultPath();

    @Override
    public Integer call() throws IOException, GbcsCodecException {
      String text = message != null ? message : new String(System.in.readAllBytes(), StandardCharsets.US_ASCII);
      byte[] bytes = MessageText.parse(text);
      SmkiRepository keys = new SmkiRepository();
      List<Path> folders = keyFolders.isEmpty() && Files.isDirectory(dataDir.resolve("smki"))
          ? List.of(dataDir.resolve("smki"))
          : keyFolders;
      for (Path f : folders) {
        new SmkiImporter(keys).importFrom(f);
      }
      System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(new GbcsInspector(keys).inspect(bytes)));
      return 0;
    }
  }

  /** Hex (any case, spaces allowed) or base64, told apart by their alphabets. */
  static final class MessageText {
    private MessageText() {}

    static byte[] parse(String text) {
      String t = text.strip().replaceAll("\\s+", "");
      if (t.isEmpty()) {
        throw new IllegalArgumentException("no GBCS message given (hex or base64, as an argument or on stdin)");
      }
      if (t.length() % 2 == 0 && t.matches("[0-9A-Fa-f]+")) {
        return HexFormat.of().parseHex(t);
      }
      try {
        return Base64.getDecoder().decode(t);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the message is neither hex nor base64: " + e.getMessage());
      }
    }
  }
}

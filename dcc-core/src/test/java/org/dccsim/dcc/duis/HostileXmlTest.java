package org.dccsim.dcc.duis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.dccsim.dcc.xmldsig.X509IssuerSerial;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdsaP256;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever arrives, the readers answer with a DuisFormatException that says what and where. */
class HostileXmlTest {

  private static final String VALID =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\""
          + " schemaVersion=\"5.4\">\n"
          + "  <sr:Header>\n"
          + "    <sr:RequestID>90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000</sr:RequestID>\n"
          + "    <sr:CommandVariant>1</sr:CommandVariant>\n"
          + "    <sr:ServiceReference>4.1</sr:ServiceReference>\n"
          + "    <sr:ServiceReferenceVariant>4.1.1</sr:ServiceReferenceVariant>\n"
          + "  </sr:Header>\n"
          + "  <sr:Body><sr:ReadInstantaneousImportRegisters/></sr:Body>\n"
          + "</sr:Request>";

  private static HttpServer server;
  private static final AtomicInteger HITS = new AtomicInteger();
  private final DuisRequestReader reader = new DuisRequestReader();
  private final DuisRequestSigner signer = new DuisRequestSigner(new XmlSigner(
      new EcdsaP256(CryptoProvider.BC),
      EcKeys.generate(new SecureRandom()).getPrivate(),
      new X509IssuerSerial("CN=Z1,OU=07", BigInteger.ONE)));

  @BeforeAll
  static void startTrap() throws Exception {
    // a loopback server that counts any fetch an entity or DTD might cause
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      HITS.incrementAndGet();
      byte[] body = "<!ENTITY leaked 'leaked'>".getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stopTrap() {
    server.stop(0);
  }

  @Test
  void theValidRequestHereIsAccepted() {
    assertThat(reader.read(bytes(VALID)).header().serviceReferenceVariant()).isEqualTo("4.1.1");
  }

  @Test
  void refusesAFileEntityWithoutReadingTheFile() {
    String xxe = VALID.replace("<sr:Request ",
            "<!DOCTYPE sr:Request [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<sr:Request ")
        .replace(">4.1<", ">&xxe;<");

    DuisFormatException e = refused(xxe);
    assertThat(e.problem()).contains("DOCTYPE is not allowed");
    assertThat(e.getMessage()).doesNotContain("root:");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void refusesHttpEntitiesAndExternalDtdsWithoutAnyNetworkAccess() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    String[] attacks = {
      VALID.replace("<sr:Request ",
              "<!DOCTYPE sr:Request [<!ENTITY x SYSTEM \"" + base + "entity\">]><sr:Request ")
          .replace(">4.1<", ">&x;<"),
      VALID.replace("<sr:Request ", "<!DOCTYPE sr:Request SYSTEM \"" + base + "dtd\"><sr:Request "),
      VALID.replace("<sr:Request ",
          "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + base + "param\"> %p;]><sr:Request "),
    };
    for (String attack : attacks) {
      assertThat(refused(attack).problem()).contains("DOCTYPE");
      assertThatThrownBy(() -> new DuisResponseReader().read(bytes(attack)))
          .isInstanceOf(DuisFormatException.class);
      assertThatThrownBy(() -> signer.sign(bytes(attack)))
          .isInstanceOf(DuisFormatException.class);
    }
    assertThat(HITS.get()).isZero();
  }

  @Test
  void refusesABillionLaughsWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String bomb = dtd + "]>" + VALID.substring(VALID.indexOf("<sr:Request")).replace(">4.1<", ">&lol9;<");

    long start = System.nanoTime();
    assertThat(refused(bomb).problem()).contains("DOCTYPE");
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @Test
  void refusesMalformedXmlNamingTheFault() {
    assertThat(refused(VALID.replace("</sr:CommandVariant>", "</sr:CommandVariants>")).problem())
        .startsWith("not well-formed XML: ").contains("sr:CommandVariant");
    assertThat(refused(VALID.substring(0, VALID.length() - 5)).problem())
        .startsWith("not well-formed XML");
    assertThat(refused("").problem()).startsWith("not well-formed XML");
    assertThat(refused("<sr:Request>").problem()).contains("namespace error ElementPrefixUnbound");
    assertThat(refused(VALID.replace("1000<", "1000 & 1<")).problem()).contains("not well-formed");
    byte[] badUtf8 = bytes(VALID);
    badUtf8[VALID.indexOf("4.1.1")] = (byte) 0xC3;
    badUtf8[VALID.indexOf("4.1.1") + 1] = (byte) 0x28;
    DuisFormatException e = catchThrowableOfType(() -> reader.read(badUtf8), DuisFormatException.class);
    assertThat(e.problem()).isEqualTo("invalid UTF-8 at byte " + VALID.indexOf("4.1.1"));
    assertThat(e.line()).isEqualTo(7);
  }

  @Test
  void refusesAWrongRoot() {
    assertThat(refused(VALID.replace("sr:Request", "sr:Response")).problem())
        .isEqualTo("the root element is sr:Response; expected sr:Request");
    assertThat(refused("<Request schemaVersion='5.4'/>").problem())
        .isEqualTo("the root element is Request; expected sr:Request");
    assertThat(refused("<x:Request xmlns:x='urn:other'/>").problem())
        .isEqualTo("the root element is {urn:other}Request; expected sr:Request");
  }

  @Test
  void refusesAMissingOrMisplacedHeaderField() {
    String noCv = VALID.replace("    <sr:CommandVariant>1</sr:CommandVariant>\n", "");
    DuisFormatException e = refused(noCv);
    assertThat(e.problem())
        .isEqualTo("in sr:Header: expected sr:CommandVariant, found sr:ServiceReference");
    assertThat(e.line()).isEqualTo(5);

    String noSrv = VALID.replaceAll("    <sr:ServiceReferenceVariant>.*\n", "");
    assertThat(refused(noSrv).problem())
        .isEqualTo("sr:Header ends where sr:ServiceReferenceVariant is expected");

    String extra = VALID.replace("</sr:Header>", "<sr:Extra/></sr:Header>");
    assertThat(refused(extra).problem()).isEqualTo("unexpected sr:Extra in sr:Header");

    String noBody = VALID.replaceAll("  <sr:Body>.*\n", "");
    assertThat(refused(noBody).problem()).isEqualTo("sr:Request ends where sr:Body is expected");
  }

  @Test
  void refusesBadHeaderValuesAtTheirElement() {
    assertThat(refused(VALID.replace(">1</sr:CommandVariant>", ">10</sr:CommandVariant>")).problem())
        .isEqualTo("sr:CommandVariant: CommandVariant '10' is not 1 to 9");
    DuisFormatException e = refused(VALID.replace(":1000<", ":01000<"));
    assertThat(e.problem()).isEqualTo("sr:RequestID: RequestID counter '01000' has a leading zero");
    assertThat(e.line()).isEqualTo(4);
    assertThat(refused(VALID.replace("schemaVersion=\"5.4\"", "schemaVersion=\"6.0\"")).problem())
        .isEqualTo("schemaVersion 6.0 is not supported (5.0 to 5.4 are)");
    assertThat(refused(VALID.replace(" schemaVersion=\"5.4\"", "")).problem())
        .isEqualTo("sr:Request has no schemaVersion attribute");
    assertThat(refused(VALID.replace("    <sr:CommandVariant>", "  oops  <sr:CommandVariant>"))
            .problem())
        .isEqualTo("unexpected text 'oops' in sr:Header");
  }

  @Test
  void refusesBodiesDuisNeverHas() {
    assertThat(refused(VALID.replace("<sr:ReadInstantaneousImportRegisters/>",
            "<sr:A>text<sr:B/></sr:A>")).problem())
        .isEqualTo("sr:A mixes text with elements, which DUIS never does");
    assertThat(refused(VALID.replace("<sr:ReadInstantaneousImportRegisters/>",
            "<x:A xmlns:x='urn:x'/>")).problem())
        .startsWith("{urn:x}A is not in the DUIS namespace");
    assertThat(refused(VALID.replace("<sr:ReadInstantaneousImportRegisters/>",
            "<sr:A/><sr:B/>")).problem())
        .isEqualTo("unexpected sr:B in sr:Body");
    assertThat(refused(VALID.replace("</sr:Body>", "</sr:Body><sr:More/>")).problem())
        .isEqualTo("unexpected sr:More in sr:Request; only ds:Signature may follow sr:Body");
  }

  @Test
  void refusesAnOverDeepDocumentAtTheLimit() {
    String deep = "<sr:X>".repeat(30) + "</sr:X>".repeat(30);
    DuisFormatException e =
        refused(VALID.replace("<sr:ReadInstantaneousImportRegisters/>", deep));

    assertThat(e.problem()).isEqualTo("elements nested 25 deep exceed the limit of 24");
    assertThat(e.line()).isEqualTo(9);
  }

  @Test
  void refusesTooManyAttributesTooMuchTextAndTooManyBytes() {
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      attributes.append(" a").append(i).append("='x'");
    }
    assertThat(refused(VALID.replace("<sr:ReadInstantaneousImportRegisters/>",
            "<sr:R" + attributes + "/>")).problem())
        .isEqualTo("sr:R has 20 attributes and namespace declarations; the limit is 16");

    DuisRequestReader strict = new DuisRequestReader(new DuisXmlLimits(4096, 24, 16, 100));
    String longText = VALID.replace("<sr:ReadInstantaneousImportRegisters/>",
        "<sr:R>" + "x".repeat(101) + "</sr:R>");
    assertThat(catchThrowableOfType(() -> strict.read(bytes(longText)), DuisFormatException.class)
            .problem())
        .isEqualTo("text of 101 characters in sr:R exceeds the limit of 100");
    String split = VALID.replace("<sr:ReadInstantaneousImportRegisters/>",
        "<sr:R>" + "x".repeat(60) + "<!-- split -->" + "x".repeat(60) + "</sr:R>");
    assertThatThrownBy(() -> strict.read(bytes(split))).isInstanceOf(DuisFormatException.class);

    DuisRequestReader small = new DuisRequestReader(new DuisXmlLimits(200, 24, 16, 100));
    DuisFormatException tooBig =
        catchThrowableOfType(() -> small.read(bytes(VALID)), DuisFormatException.class);
    assertThat(tooBig.problem()).startsWith("document of " + bytes(VALID).length + " bytes");
    assertThat(tooBig.line()).isEqualTo(-1);
  }

  @Test
  void randomDamageToARealRequestOrResponseOnlyEverYieldsDuisFormatExceptions() {
    byte[] request = DuisRequestReaderTest.template("ECS17b_4.1.1_SINGLE_SUCCESS_REQUEST_DUIS.XML");
    byte[] response = SignedSampleResponsesTest.sample("readfw-response.xml");
    DuisResponseReader responses = new DuisResponseReader();

    assertThat(refusedDamaged(request, 3000, reader::read)).isGreaterThan(1000);
    assertThat(refusedDamaged(response, 1000, responses::read)).isGreaterThan(300);
  }

  /** Damages a copy of the document {@code rounds} times; returns how many were refused. */
  private static int refusedDamaged(byte[] document, int rounds, java.util.function.Consumer<byte[]> read) {
    byte[] specials = bytes("<>&;\"'=/:!?[]#x\u00e9");
    Random random = new Random(20261128L);
    int refused = 0;
    for (int i = 0; i < rounds; i++) {
      byte[] damaged = document.clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        int at = random.nextInt(damaged.length);
        damaged[at] = random.nextBoolean()
            ? specials[random.nextInt(specials.length)]
            : (byte) random.nextInt(256);
      }
      if (random.nextInt(10) == 0) {
        damaged = java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length));
      }
      try {
        read.accept(damaged);
      } catch (DuisFormatException e) {
        refused++;
        assertThat(e.problem()).isNotBlank();
      }
    }
    return refused;
  }

  private DuisFormatException refused(String xml) {
    DuisFormatException e =
        catchThrowableOfType(() -> reader.read(bytes(xml)), DuisFormatException.class);
    assertThat(e).as("refused: " + xml).isNotNull();
    return e;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading configs a server can hold: any name, any spelling, unknown values, left-out defaults. */
class FromConfigTest {
  /** A small HTTP Sink V2 config as a real one is written, under a name outside the portal's convention. */
  static Map<String, String> httpSink() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("connector.class", "HttpSinkV2");
    m.put("name", "HttpSinkV2_playground");
    m.put("topics", "http-topic");
    m.put("kafka.auth.mode", "KAFKA_API_KEY");
    m.put("kafka.api.key", "KEY123");
    m.put("kafka.api.secret", "s3cr3t");
    m.put("input.data.format", "AVRO");
    m.put("http.api.base.url", "https://api.example.com");
    m.put("behavior.on.error", "ignore");
    m.put("apis.num", "1");
    m.put("api1.http.api.path", "/");
    m.put("api1.topics", "http-topic");
    m.put("api1.http.request.headers", "Content-Type:application/json");
    m.put("tasks.max", "1");
    return m;
  }

  static Map<String, String> sent(ManagedConnector config) {
    return RealConfigCorpusTest.sent(config);
  }

  @Test
  void aNameOutsideTheConventionIsKeptRawAndTheConfigCanBeUpdatedUnderIt() {
    HttpSinkV2 read = HttpSinkV2.fromConfig(httpSink());
    assertThat(read.rawName()).contains("HttpSinkV2_playground");
    assertThat(read.placement()).isEmpty();
    assertThat(read.name().fullName()).isEqualTo("HttpSinkV2_playground");
    HttpSinkV2 updated = read.toBuilder().tasksMax(2).build();
    assertThat(updated.name().fullName()).isEqualTo("HttpSinkV2_playground");
    assertThat(updated.properties()).containsEntry("tasks.max", "2");
  }

  @Test
  void aConfigWithARawNameCannotBePromoted() {
    HttpSinkV2 read = HttpSinkV2.fromConfig(httpSink());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.promote(Stage.QAS))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("HttpSinkV2_playground");
  }

  @Test
  void aConventionNameReadsAsPlacementAndId() {
    Map<String, String> m = httpSink();
    m.put("name", "sales-dev-crm-http-connector");
    HttpSinkV2 read = HttpSinkV2.fromConfig(m);
    assertThat(read.placement()).contains(Placement.dedicated("sales", Stage.DEV));
    assertThat(read.id()).contains("crm-http");
    assertThat(read.rawName()).isEmpty();
  }

  @Test
  void aRawNameCanBeBuiltByHandButNotTogetherWithPlacement() {
    HttpSinkV2 raw = HttpSinkV2Test.minimal().placement(null).id(null)
        .rawName("crm-http-sink").build();
    assertThat(raw.name().fullName()).isEqualTo("crm-http-sink");
    assertThat(Checks.violations(() -> HttpSinkV2Test.minimal().rawName("crm-http-sink").build()))
        .extracting(ConfigViolation::property).containsExactly("name");
  }

  @Test
  void anUnchangedConfigIsSentBackExactlyAsRead() {
    Map<String, String> m = httpSink();
    HttpSinkV2 read = HttpSinkV2.fromConfig(m);
    assertThat(sent(read)).isEqualTo(m);
    assertThat(HttpSinkV2.fromConfig(sent(read))).isEqualTo(read);
  }

  @Test
  void enumValuesAreReadInEverySpellingAndAChangedValueIsSentAsTheBuilderWritesIt() {
    HttpSinkV2 read = HttpSinkV2.fromConfig(httpSink());
    assertThat(read.behaviorOnError()).contains(BehaviorOnError.IGNORE);
    assertThat(read.properties()).containsEntry("behavior.on.error", "ignore");
    assertThat(read.toBuilder().behaviorOnError(BehaviorOnError.FAIL).build().properties())
        .containsEntry("behavior.on.error", "FAIL");
    for (String spelling : new String[] {"http_response", "Http response", "HTTP_RESPONSE", "http-response"}) {
      Map<String, String> m = httpSink();
      m.put("report.errors.as", spelling);
      HttpSinkV2 r = HttpSinkV2.fromConfig(m);
      assertThat(r.reportErrorsAs()).as(spelling).contains(ReportErrorsAs.HTTP_RESPONSE);
      assertThat(r.properties()).containsEntry("report.errors.as", spelling);
    }
    Map<String, String> m = httpSink();
    m.put("report.errors.as", "ERROR_STRING");
    assertThat(HttpSinkV2.fromConfig(m).reportErrorsAs()).contains(ReportErrorsAs.ERROR_STRING);
  }

  @Test
  void booleansAndTheKafkaAuthModeAreReadInAnyCaseAndSentBackAsRead() {
    Map<String, String> m = httpSink();
    m.put("kafka.auth.mode", "kafka_api_key");
    m.put("https.ssl.enabled", "TRUE");
    HttpSinkV2 read = HttpSinkV2.fromConfig(m);
    assertThat(read.sslEnabled()).contains(true);
    assertThat(sent(read)).isEqualTo(m);
  }

  @Test
  void anEnumValueNoOneDocumentsIsRefusedAsTheBuilderRefusesIt() {
    Map<String, String> m = httpSink();
    m.put("behavior.on.error", "LOG"); // Confluent's template lists FAIL and IGNORE
    assertThat(Checks.violations(() -> HttpSinkV2.fromConfig(m)))
        .extracting(ConfigViolation::property, v -> v.value().orElse(""), ConfigViolation::expected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("behavior.on.error", "LOG", "one of FAIL, IGNORE"));
  }

  @Test
  void everyModelledEnumTakesARawWireValueWhileExtraPropertyOnAModelledKeyIsRefusedShowingItsValue() {
    HttpSinkV2 custom = HttpSinkV2Test.minimal()
        .wireValue("behavior.on.error", WireValue.of("LOG"))
        .wireValue("api1.http.request.method", WireValue.of("PATCH"))
        .build();
    assertThat(custom.properties()).containsEntry("behavior.on.error", "LOG")
        .containsEntry("api1.http.request.method", "PATCH");
    assertThat(Checks.violations(() -> HttpSinkV2Test.minimal().extraProperty("behavior.on.error", "LOG").build()))
        .extracting(ConfigViolation::property, v -> v.value().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("behavior.on.error", "LOG"));
    assertThat(Checks.violations(() -> HttpSinkV2Test.minimal()
            .wireValue("bearer.token", WireValue.of("t0ken")).build()))
        .extracting(ConfigViolation::property, v -> v.value().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bearer.token", Secret.MASK));
    assertThat(Checks.violations(() -> HttpSinkV2Test.minimal()
            .wireValue("some.new.property", WireValue.of("x")).build()))
        .extracting(ConfigViolation::property).containsExactly("some.new.property");
  }

  @Test
  void headersAreWrittenNameColonSpaceValueAndReadInBothForms() {
    HttpSinkV2 built = HttpSinkV2Test.minimal()
        .apis(java.util.List.of(HttpSinkV2Test.api("orders").header("Content-Type", "application/json").build()))
        .build();
    assertThat(built.properties()).containsEntry("api1.http.request.headers", "Content-Type: application/json");
    HttpSinkV2 read = HttpSinkV2.fromConfig(httpSink());
    assertThat(read.apis().get(0).headers()).containsEntry("Content-Type", "application/json");
    assertThat(read.properties()).containsEntry("api1.http.request.headers", "Content-Type:application/json");
  }

  @Test
  void emptyOptionalValuesAreAcceptedAndSentBack() {
    Map<String, String> m = httpSink();
    m.put("reporter.error.topic.name", "");
    m.put("api1.max.retries", "");
    m.put("api1.http.request.parameters", "");
    HttpSinkV2 read = HttpSinkV2.fromConfig(m);
    assertThat(sent(read)).isEqualTo(m);
  }

  @Test
  void aDefaultTheConfigLeftOutStaysOutUntilChanged() {
    Map<String, String> m = httpSink();
    m.remove("tasks.max");
    m.remove("input.data.format");
    HttpSinkV2 read = HttpSinkV2.fromConfig(m);
    assertThat(read.properties()).doesNotContainKeys("tasks.max", "input.data.format");
    assertThat(read.toBuilder().tasksMax(3).build().properties()).containsEntry("tasks.max", "3");
  }

  @Test
  void leftOutKafkaCredentialsReadAsUnknownSecrets() {
    Map<String, String> m = httpSink();
    m.remove("kafka.api.key");
    m.remove("kafka.api.secret");
    HttpSinkV2 read = HttpSinkV2.fromConfig(m);
    assertThat(read.hasUnknownSecrets()).isTrue();
    assertThat(read.secrets()).containsOnlyKeys("kafka.api.key", "kafka.api.secret");
  }

  @Test
  void eachProblemIsListedOnce() {
    Map<String, String> m = httpSink();
    m.put("tasks.max", "many");
    m.put("api1.max.retries", "-1");
    m.remove("http.api.base.url");
    m.put("kafka.auth.mode", "BOGUS"); // unreadable, and so also missing at build: listed once
    assertThat(Checks.violations(() -> HttpSinkV2.fromConfig(m)))
        .extracting(ConfigViolation::property)
        .containsExactlyInAnyOrder("tasks.max", "api1.max.retries", "http.api.base.url", "kafka.auth.mode");
  }

  @Test
  void theTemplatesClientAuthModeIsWrittenAndTheOtherSpellingIsKeptAsRead() {
    HttpAuth written = HttpAuth.oauth2("https://login.example.com/token", "c", Secret.of("s"))
        .withClientAuthMode(HttpAuth.ClientAuthMode.HEADER);
    assertThat(written.properties()).containsEntry("oauth2.client.auth.mode", "header");
    Map<String, String> m = httpSink();
    m.put("auth.type", "OAUTH2");
    m.put("oauth2.token.url", "https://login.example.com/token");
    m.put("oauth2.client.id", "c");
    m.put("oauth2.client.secret", "s");
    m.put("oauth2.client.mode", "header");
    assertThat(sent(HttpSinkV2.fromConfig(m))).isEqualTo(m);
  }

  @Test
  void aCustomSmtIsExpressibleByHand() {
    HttpSinkV2 sink = HttpSinkV2Test.minimal()
        .addTransform(Transform.custom("insertuuid", "com.github.cjmatta.kafka.connect.smt.InsertUuid$Value",
            "cca-4k0x2m", Map.of("uuid.field.name", "uuid")))
        .build();
    assertThat(sink.properties())
        .containsEntry("transforms.insertuuid.custom.smt.artifact.id", "cca-4k0x2m")
        .containsEntry("transforms.insertuuid.uuid.field.name", "uuid");
    assertThat(Checks.violations(() -> HttpSinkV2Test.minimal()
            .addTransform(Transform.of("x", "com.example.Unknown", Map.of())).build()))
        .extracting(ConfigViolation::property).containsExactly("transforms.x.type");
  }
}

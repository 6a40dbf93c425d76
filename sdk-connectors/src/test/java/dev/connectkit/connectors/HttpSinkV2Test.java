package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpSinkV2Test {
  static HttpSinkApi.Builder api(String topic) {
    return HttpSinkApi.builder().path("/" + topic).addTopic(topic);
  }

  static HttpSinkV2.Builder minimal() {
    return HttpSinkV2.builder()
        .placement(Placement.dedicated("sales", Stage.DEV))
        .id("crm-http")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .topics("orders")
        .baseUrl("https://api.example.com")
        .addApi(api("orders").build());
  }

  static HttpSinkV2 full() {
    return minimal()
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("k-9f3a"), Secret.of("s-7c2e")))
        .topics("orders", "refunds")
        .inputFormat(DataFormat.AVRO)
        .auth(HttpAuth.oauth2("https://login.example.com/token", "client-1", Secret.of("client-s3cret"))
            .withScope("write").withClientAuthMode(HttpAuth.ClientAuthMode.REQUEST_BODY))
        .behaviorOnError(BehaviorOnError.IGNORE)
        .reportErrorsAs(ReportErrorsAs.HTTP_RESPONSE)
        .errorTopic("crm-errors")
        .successTopic("crm-success")
        .sslEnabled(true)
        .hostnameVerification(true)
        .deadLetterQueueTopic("crm-dlq")
        .apis(List.of(
            api("orders").method(HttpSinkApi.Method.PUT).header("Content-Type", "application/json")
                .sensitiveHeaders(Secret.of("X-Sig:abc")).maxBatchSize(20).batchJsonAsArray(true)
                .batchKeyPattern("${topic}").connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(20)).maxRetries(3)
                .retryBackoffPolicy(HttpApi.BackoffPolicy.CONSTANT_VALUE).retryBackoff(Duration.ofMillis(500))
                .retryOnStatusCodes("408,429,500-").build(),
            api("refunds").method(HttpSinkApi.Method.DELETE)
                .behaviorOnNullValues(HttpSinkApi.NullValues.DELETE).reportOnlyStatusCode(true).build()))
        .addTransform(Transforms.tombstoneHandler("tombstones", Transforms.TombstoneBehavior.IGNORE))
        .build();
  }

  @Test
  void minimalConfigEmitsExactProperties() {
    Golden.assertMatches(minimal().build(), "http-sink-minimal");
  }

  @Test
  void fullConfigEmitsExactProperties() {
    Golden.assertMatches(full(), "http-sink-full");
  }

  @Test
  void apiViolationsNameTheirApiNumber() {
    assertThat(Checks.violations(() -> minimal().topics("orders", "refunds").addApi(
            HttpSinkApi.builder().path("refunds").maxBatchSize(5).batchJsonAsArray(false)
                .retryOnStatusCodes("5xx").build()).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("api2.topics", "api2.http.api.path", "api2.retry.on.status.codes",
            "api2.batch.json.as.array");
  }

  @Test
  void aTopicRoutesToOneApiAndOnlyTopicsTheSinkReads() {
    assertThat(Checks.violations(() -> minimal().addApi(api("orders").build()).addApi(api("other").build())
            .build()))
        .extracting(ConfigViolation::property, ConfigViolation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("api3.topics", "routes a topic the sink does not read"),
            org.assertj.core.groups.Tuple.tuple("api2.topics", "routes a topic api1 already receives"));
  }

  @Test
  void atMostFifteenApis() {
    List<HttpSinkApi> apis = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      apis.add(api("t" + i).build());
      topics.add("t" + i);
    }
    assertThat(Checks.violations(() -> minimal().topics(topics).apis(apis).build()))
        .extracting(ConfigViolation::property).containsExactly("apis.num");
    assertThat(Checks.violations(() -> minimal().apis(List.of()).build()))
        .extracting(ConfigViolation::property).containsExactly("apis.num");
  }

  @Test
  void authModeNeedsItsCredentialsAndTokenUrlMustBeAUrl() {
    assertThat(Checks.violations(() -> minimal().auth(HttpAuth.oauth2("not a url", "c", Secret.of("x")))
            .baseUrl("api.example.com").build()))
        .extracting(ConfigViolation::property)
        .containsExactly("http.api.base.url", "oauth2.token.url");
  }

  @Test
  void bodyIsRefusedWithDelete() {
    assertThat(Checks.violations(() -> minimal().apis(List.of(
            api("orders").method(HttpSinkApi.Method.DELETE).body("{}").build())).build()))
        .extracting(ConfigViolation::property).containsExactly("api1.http.request.body");
  }

  @Test
  void unmodelledSecretsTravelAsSecretsAndSurviveFromConfigMasked() {
    HttpSinkV2 config = minimal()
        .extraSecret("https.ssl.truststorefile", Secret.of("data:text/plain;base64,AAAA"))
        .extraSecret("https.ssl.truststore.password", Secret.of("trust-pw"))
        .build();
    assertThat(config.secrets()).containsKeys("https.ssl.truststorefile", "https.ssl.truststore.password");
    assertThat(config.properties()).doesNotContainKey("https.ssl.truststore.password");
    assertThat(FmTemplateOracle.of("HttpSinkV2").problems(config)).isEmpty();
    Checks.roundTrips(config, HttpSinkV2::fromConfig);
    assertThat(Checks.violations(() -> minimal().extraSecret("bearer.token", Secret.of("t")).build()))
        .extracting(ConfigViolation::property).containsExactly("bearer.token");
    assertThat(Checks.violations(() -> minimal().extraProperty("http.proxy.password", "pw").build()))
        .extracting(ConfigViolation::rule).containsExactly("is a password-typed property");
  }

  @Test
  void fromConfigRoundTrips() {
    Checks.roundTrips(full(), HttpSinkV2::fromConfig);
  }

  @Test
  void secretsAreRedacted() {
    Checks.redacts(full());
    assertThat(full().secrets()).containsOnlyKeys(
        "kafka.api.key", "kafka.api.secret", "oauth2.client.secret", "api1.http.request.sensitive.headers");
  }

  @Test
  void promoteReDerivesTheName() {
    assertThat(full().promote(Stage.RUN).name().fullName()).isEqualTo("sales-run-crm-http-connector");
  }
}

package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSourceV2Test {
  static HttpSourceV2.Builder minimal() {
    return HttpSourceV2.builder()
        .placement(Placement.dedicated("sales", Stage.DEV))
        .id("flood-http")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .baseUrl("https://environment.data.gov.uk/flood-monitoring")
        .addApi(HttpSourceApi.builder().path("/id/stations").topic("flood-stations").build());
  }

  static HttpSourceV2 full() {
    return minimal()
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("k-9f3a"), Secret.of("s-7c2e")))
        .outputFormat(DataFormat.AVRO)
        .auth(HttpAuth.basic("reader", Secret.of("pa55word")))
        .behaviorOnError(BehaviorOnError.FAIL)
        .addApi(HttpSourceApi.builder().path("/id/measures").topic("flood-measures")
            .offsetMode(HttpSourceApi.OffsetMode.CURSOR_PAGINATION).nextPagePointer("/meta/next")
            .cursorParameter("cursor").nextPageTokenIsUrl(false).dataPointer("/items")
            .requestInterval(Duration.ofMinutes(10)).build())
        .addApi(HttpSourceApi.builder().path("/readings").topic("flood-readings")
            .method(HttpSourceApi.Method.POST).body("{\"since\":${offset}}").initialOffset("0")
            .header("Accept", "application/json").build())
        .apiChaining("api1::api2")
        .tasksMax(3)
        .build();
  }

  @Test
  void minimalConfigEmitsExactProperties() {
    Golden.assertMatches(minimal().build(), "http-source-minimal");
  }

  @Test
  void fullConfigEmitsExactProperties() {
    Golden.assertMatches(full(), "http-source-full");
  }

  @Test
  void cursorPaginationNeedsItsPointer() {
    assertThat(Checks.violations(() -> minimal().addApi(HttpSourceApi.builder().path("/x").topic("x")
            .offsetMode(HttpSourceApi.OffsetMode.CURSOR_PAGINATION).build()).build()))
        .extracting(ConfigViolation::property).containsExactly("api2.http.next.page.json.pointer");
  }

  @Test
  void chainingNeedsItsOffsetPointerAndOffsetPlaceholderNeedsInitialOffset() {
    assertThat(Checks.violations(() -> minimal().addApi(HttpSourceApi.builder().path("/x/${offset}").topic("x")
            .offsetMode(HttpSourceApi.OffsetMode.CHAINING).build()).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("api2.http.offset.json.pointer", "api2.http.initial.offset");
  }

  @Test
  void simpleIncrementingNeedsAnIntegerOffsetAndBodyNeedsPost() {
    assertThat(Checks.violations(() -> minimal().addApi(HttpSourceApi.builder().path("/x").topic("x")
            .initialOffset("yesterday").body("{}").build()).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("api2.http.initial.offset", "api2.http.request.body");
  }

  @Test
  void chainingMustNameExistingApis() {
    assertThat(Checks.violations(() -> minimal().apiChaining("api1::api3").build()))
        .extracting(ConfigViolation::value).containsExactly(java.util.Optional.of("api3"));
  }

  @Test
  void fromConfigRoundTrips() {
    Checks.roundTrips(full(), HttpSourceV2::fromConfig);
  }

  @Test
  void secretsAreRedacted() {
    Checks.redacts(full());
  }

  @Test
  void promoteReDerivesTheName() {
    assertThat(full().promote(Stage.QAS).name().fullName()).isEqualTo("sales-qas-flood-http-connector");
  }
}

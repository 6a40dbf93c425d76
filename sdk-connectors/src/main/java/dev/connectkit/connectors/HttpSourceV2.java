package dev.connectkit.connectors;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.ApiGroupsPart;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.ConnectorSchema;
import dev.connectkit.connectors.internal.Violations;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The HTTP Source V2 ({@code HttpSourceV2}): polls 1 to 15 APIs under one base URL and one authentication setting;
 * each API ({@link HttpSourceApi}) writes its own topic.
 *
 * <p>Required: placement, id, Kafka auth, {@code baseUrl}, at least one API with a path and a topic.
 * {@code outputFormat} defaults to {@code JSON_SR} (AVRO, JSON_SR, PROTOBUF: Schema Registry needed).
 *
 * <!-- example runs -->
 * <pre>{@code
 * HttpSourceV2 source = HttpSourceV2.builder()
 *     .placement(Placement.dedicated("sales", Stage.DEV))
 *     .id("flood-http")
 *     .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
 *     .baseUrl("https://environment.data.gov.uk/flood-monitoring")
 *     .outputFormat(DataFormat.AVRO)
 *     .addApi(HttpSourceApi.builder().path("/id/stations").topic("flood-stations").build())
 *     .addApi(HttpSourceApi.builder().path("/id/measures").topic("flood-measures")
 *         .offsetMode(HttpSourceApi.OffsetMode.CURSOR_PAGINATION).nextPagePointer("/meta/next").build())
 *     .build();         // name sales-dev-flood-http-connector
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class HttpSourceV2 extends ManagedConnector implements HttpConnector {
  private static final ConnectorSchema<HttpSourceV2, Builder> SCHEMA =
      ConnectorSchema.<HttpSourceV2, Builder>source("HttpSourceV2", HttpSourceV2::builder)
          .always("output.data.format",
              Codec.enumeration(EnumSet.of(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF)),
              HttpSourceV2::outputFormat, Builder::outputFormat)
          .always("api.chaining.parent.child.relationship",
              Codec.matching("(api[0-9]{1,2}::api[0-9]{1,2}(,api[0-9]{1,2}::api[0-9]{1,2})*)?",
                  "parent::child pairs such as api1::api2,api1::api3, or empty"),
              HttpSourceV2::apiChaining, Builder::apiChaining)
          .unmodelledSecrets(HttpParts.UNMODELLED_SECRETS)
          .parts(HttpParts.<HttpSourceV2, Builder>connector())
          .part(new ApiGroupsPart<HttpSourceV2, Builder, HttpSourceApi, HttpSourceApi.Builder>(
              HttpSourceV2::apis, Builder::addApi, HttpSourceApi.fields(), HttpSourceApi::builder,
              HttpSourceApi.Builder::build, List.of((c, api, prefix, out) -> HttpSourceApi.check(api, prefix, out))))
          .rule(HttpSourceV2::checkChaining)
          .build();

  private static void checkChaining(HttpSourceV2 c, Violations out) {
    if (c.apiChaining().isEmpty()) {
      return;
    }
    for (String pair : c.apiChaining().split(",", -1)) {
      String[] ends = pair.split("::", -1);
      for (String end : ends) {
        if (!end.matches("api[0-9]{1,2}") || Integer.parseInt(end.substring(3)) < 1
            || Integer.parseInt(end.substring(3)) > c.apis().size()) {
          out.invalid("api.chaining.parent.child.relationship", "names an API that does not exist", end,
              "api1 .. api" + c.apis().size());
        }
      }
      if (ends.length == 2 && ends[0].equals(ends[1])) {
        out.invalid("api.chaining.parent.child.relationship", "chains an API to itself", pair, "two different APIs");
      }
    }
  }

  HttpSourceV2() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableHttpSourceV2.builder();
  }

  /** A builder holding this config's values. */
  public abstract Builder toBuilder();

  /** The same connector on {@code stage}, its name re-derived. */
  public HttpSourceV2 promote(Stage stage) {
    return toBuilder().placement(placementToPromote().withStage(stage)).build();
  }

  /**
   * Reads a config map as the server returns it (masked secrets become {@link Secret#unknown()}).
   *
   * @throws dev.connectkit.ConnectorValidationException listing every problem
   */
  public static HttpSourceV2 fromConfig(Map<String, String> config) {
    return SCHEMA.fromConfig(config, Builder::build);
  }

  @Override
  ConnectorSchema<?, ?> connectorSchema() {
    return SCHEMA;
  }

  /** {@code output.data.format}; default {@code JSON_SR}. */
  @Value.Default
  public DataFormat outputFormat() {
    return DataFormat.JSON_SR;
  }

  /** {@code api.chaining.parent.child.relationship}, e.g. {@code api1::api2}; empty (the default) for none. */
  @Value.Default
  public String apiChaining() {
    return "";
  }

  /** The APIs, {@code api1} first; 1 to 15. */
  public abstract List<HttpSourceApi> apis();

  /** Builds an {@link HttpSourceV2}; {@code build()} checks every rule at once. */
  public interface Builder extends ManagedConnector.Builder<Builder>, HttpConnector.Builder<Builder> {
    /** Sets {@link HttpSourceV2#outputFormat()}. */
    Builder outputFormat(DataFormat outputFormat);

    /** Sets {@link HttpSourceV2#apiChaining()}. */
    Builder apiChaining(String apiChaining);

    /** Adds one to {@link HttpSourceV2#apis()}. */
    Builder addApi(HttpSourceApi element);

    /** Adds these to {@link HttpSourceV2#apis()}. */
    Builder addApis(HttpSourceApi... elements);

    /** Replaces {@link HttpSourceV2#apis()}. */
    Builder apis(Iterable<? extends HttpSourceApi> elements);

    /** Adds all of these to {@link HttpSourceV2#apis()}. */
    Builder addAllApis(Iterable<? extends HttpSourceApi> elements);

    /** The config; checks every rule at once. */
    HttpSourceV2 build();

  }
}

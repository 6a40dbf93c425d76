package dev.connectkit.connectors;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.ApiGroupsPart;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.ConnectorSchema;
import dev.connectkit.connectors.internal.Violations;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP Sink V2 ({@code HttpSinkV2}): sends records of its topics to 1 to 15 APIs under one base URL and one
 * authentication setting. Each API ({@link HttpSinkApi}) receives its own topics.
 *
 * <p>Required: placement, id, Kafka auth, topics (list or regex), {@code baseUrl}, at least one API with a path and
 * topics. {@code inputFormat} defaults to {@code JSON}. Failed requests go to {@code error-${connector}}, successful
 * ones to {@code success-${connector}}, records that fail conversion to the dead letter queue.
 *
 * <pre>{@code
 * HttpSinkV2 sink = HttpSinkV2.builder()
 *     .placement(Placement.dedicated("sales", Stage.DEV))
 *     .id("crm-http")
 *     .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
 *     .topics("sales-dev-orders")
 *     .inputFormat(DataFormat.AVRO)
 *     .baseUrl("https://api.example.com")
 *     .auth(HttpAuth.bearer(Secret.fromEnv("CRM_TOKEN")))
 *     .addApi(HttpSinkApi.builder().path("/orders").addTopic("sales-dev-orders").build())
 *     .behaviorOnError(BehaviorOnError.IGNORE)
 *     .build();        // name sales-dev-crm-http-connector
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class HttpSinkV2 extends SinkConnector implements HttpConnector {
  private static final ConnectorSchema<HttpSinkV2, Builder> SCHEMA =
      ConnectorSchema.<HttpSinkV2, Builder>sink("HttpSinkV2", HttpSinkV2::builder)
          .always("input.data.format", Codec.enumeration(EnumSet.of(
                  DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.JSON, DataFormat.BYTES)),
              HttpSinkV2::inputFormat, Builder::inputFormat)
          .unmodelledSecrets(HttpParts.UNMODELLED_SECRETS)
          .parts(HttpParts.<HttpSinkV2, Builder>connector())
          .field("https.host.verifier.enabled", Codec.bool(), HttpSinkV2::hostnameVerification,
              Builder::hostnameVerification)
          .field("reporter.result.topic.name", Codec.topic(true), HttpSinkV2::successTopic, Builder::successTopic)
          .part(new ApiGroupsPart<HttpSinkV2, Builder, HttpSinkApi, HttpSinkApi.Builder>(
              HttpSinkV2::apis, Builder::addApi, HttpSinkApi.fields(), HttpSinkApi::builder,
              HttpSinkApi.Builder::build, List.of(HttpSinkV2::checkApi)))
          .rule(HttpSinkV2::checkRouting)
          .build();

  private static void checkApi(HttpSinkV2 c, HttpSinkApi api, String prefix, Violations out) {
    if (Boolean.FALSE.equals(api.batchJsonAsArray().orElse(null)) && api.maxBatchSize().orElse(1) > 1) {
      out.invalid(prefix + "batch.json.as.array", "can be false only with max.batch.size 1", "false",
          "true, or max.batch.size 1");
    }
    HttpSinkApi.Method method = api.method().orElse(HttpSinkApi.Method.POST);
    if (api.body().isPresent()
        && (method == HttpSinkApi.Method.DELETE || method == HttpSinkApi.Method.GET)) {
      out.invalid(prefix + "http.request.body", "is not sent with " + method, api.body().get(),
          "POST, PUT or PATCH, or no body");
    }
    if (!c.topics().isEmpty()) {
      for (String t : api.topics()) {
        if (!c.topics().contains(t)) {
          out.invalid(prefix + "topics", "routes a topic the sink does not read", t, "one of " + c.topics());
        }
      }
    }
  }

  private static void checkRouting(HttpSinkV2 c, Violations out) {
    Map<String, Integer> owner = new HashMap<>();
    for (int i = 0; i < c.apis().size(); i++) {
      for (String topic : c.apis().get(i).topics()) {
        Integer earlier = owner.putIfAbsent(topic, i + 1);
        if (earlier != null) {
          out.invalid("api" + (i + 1) + ".topics", "routes a topic api" + earlier + " already receives", topic,
              "each topic in one API only (otherwise the last one silently wins)");
        }
      }
    }
  }

  HttpSinkV2() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableHttpSinkV2.builder();
  }

  /** A builder holding this config's values. */
  public abstract Builder toBuilder();

  /** The same connector on {@code stage}, its name re-derived. */
  public HttpSinkV2 promote(Stage stage) {
    return toBuilder().placement(placementToPromote().withStage(stage)).build();
  }

  /**
   * Reads a config map as the server returns it (masked secrets become {@link Secret#unknown()}).
   *
   * @throws dev.connectkit.ConnectorValidationException listing every problem
   */
  public static HttpSinkV2 fromConfig(Map<String, String> config) {
    return SCHEMA.fromConfig(config, Builder::build);
  }

  @Override
  ConnectorSchema<?, ?> connectorSchema() {
    return SCHEMA;
  }

  /** {@code input.data.format}; default {@code JSON}. */
  @Value.Default
  public DataFormat inputFormat() {
    return DataFormat.JSON;
  }

  /** The APIs, {@code api1} first; 1 to 15. */
  public abstract List<HttpSinkApi> apis();

  /** {@code https.host.verifier.enabled}; false switches TLS hostname checks off. */
  public abstract Optional<Boolean> hostnameVerification();

  /** {@code reporter.result.topic.name}; default {@code success-${connector}}. */
  public abstract Optional<String> successTopic();

  /** Builds an {@link HttpSinkV2}; {@code build()} checks every rule at once. */
  public interface Builder extends SinkConnector.Builder<Builder>, HttpConnector.Builder<Builder> {
    /** Adds these to {@link HttpSinkV2#topics()}. */
    Builder addTopics(String... elements);

    /** Replaces {@link HttpSinkV2#topics()}. */
    Builder topics(Iterable<String> elements);

    /** Adds all of these to {@link HttpSinkV2#topics()}. */
    Builder addAllTopics(Iterable<String> elements);

    /** Sets {@link HttpSinkV2#inputFormat()}. */
    Builder inputFormat(DataFormat inputFormat);

    /** Adds one to {@link HttpSinkV2#apis()}. */
    Builder addApi(HttpSinkApi element);

    /** Adds these to {@link HttpSinkV2#apis()}. */
    Builder addApis(HttpSinkApi... elements);

    /** Replaces {@link HttpSinkV2#apis()}. */
    Builder apis(Iterable<? extends HttpSinkApi> elements);

    /** Adds all of these to {@link HttpSinkV2#apis()}. */
    Builder addAllApis(Iterable<? extends HttpSinkApi> elements);

    /** Sets {@link HttpSinkV2#hostnameVerification()}; {@code null} clears it. */
    Builder hostnameVerification(@Nullable Boolean hostnameVerification);

    /** Sets {@link HttpSinkV2#successTopic()}; {@code null} clears it. */
    Builder successTopic(@Nullable String successTopic);

    /** The config; checks every rule at once. */
    HttpSinkV2 build();

    /** {@code topics}: replaces the topics read. */
    default Builder topics(String... topics) {
      return topics(Arrays.asList(topics));
    }
  }
}

package dev.connectkit.connectors.internal;

import dev.connectkit.ConnectorType;
import dev.connectkit.Secret;
import dev.connectkit.connectors.ErrorTolerance;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.ManagedConnector;
import dev.connectkit.connectors.SinkConnector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/** The parts every managed connector shares, written once. */
final class CommonParts {
  private CommonParts() {}

  static <C extends ManagedConnector, B extends ManagedConnector.Builder<B>> List<Part<C, B>> head() {
    return List.of(
        new KafkaAuthPart<C, B>(),
        Field.<C, B, Integer>always(
            "tasks.max", Codec.integer(1, Integer.MAX_VALUE), ManagedConnector::tasksMax, B::tasksMax));
  }

  static <C extends ManagedConnector, B extends ManagedConnector.Builder<B>> List<Part<C, B>> tail(
      ConnectorType type) {
    return List.of(
        new Field<C, B, ErrorTolerance>(
            "errors.tolerance",
            Codec.enumeration(ErrorTolerance.class),
            ManagedConnector::errorTolerance,
            B::errorTolerance,
            null),
        new TransformsPart<C, B>(type));
  }

  static <C extends SinkConnector, B extends SinkConnector.Builder<B>> Part<C, B> deadLetterQueue() {
    return new Field<C, B, String>(
        "errors.deadletterqueue.topic.name",
        Codec.topic(true),
        SinkConnector::deadLetterQueueTopic,
        B::deadLetterQueueTopic,
        null);
  }

  static <C extends SinkConnector, B extends SinkConnector.Builder<B>> Part<C, B> sinkTopics() {
    return new Part<C, B>() {
      @Override
      public void emit(C config, Emitted out) {
        if (!config.topics().isEmpty()) {
          out.property("topics", Codec.joinComma(config.topics()));
        }
        Optional<String> regex = config.topicsRegex();
        if (regex.isPresent()) {
          out.property("topics.regex", regex.get());
        }
      }

      @Override
      public void check(C config, Violations out) {
        List<String> topics = config.topics();
        Optional<String> regex = config.topicsRegex();
        if (topics.isEmpty() && regex.isEmpty()) {
          out.missing("topics", "the topics to read (topics(...)) or a topics.regex (topicsRegex(...))");
        }
        if (!topics.isEmpty() && regex.isPresent()) {
          out.invalid(
              "topics.regex", "is set together with topics", regex.get(), "either topics or topics.regex, not both");
        }
        for (int i = 0; i < topics.size(); i++) {
          Codec.checkTopic("topics", topics.get(i), topics.get(i), out);
          if (topics.indexOf(topics.get(i)) != i) {
            out.invalid("topics", "lists a topic twice", topics.get(i), "each topic once");
          }
        }
        if (regex.isPresent()) {
          Codec.checkRegex("topics.regex", regex.get(), out);
        }
        Optional<String> deadLetterQueue = config.deadLetterQueueTopic();
        if (deadLetterQueue.isPresent()) {
          String dlq = deadLetterQueue.get();
          boolean loop = topics.contains(dlq);
          if (!loop && regex.isPresent()) {
            try {
              loop = Pattern.compile(regex.get()).matcher(dlq).matches();
            } catch (PatternSyntaxException e) {
              loop = false;
            }
          }
          if (loop) {
            out.invalid(
                "errors.deadletterqueue.topic.name",
                "is one of the sink's own topics (that would loop)",
                dlq,
                "a topic the sink does not read, e.g. dlq-${connector}");
          }
        }
      }

      @Override
      public void parse(Map<String, String> in, B builder, Violations out) {
        String topics = in.remove("topics");
        if (topics != null) {
          for (String t : topics.split(",", -1)) {
            builder.addTopic(t.trim());
          }
        }
        String regex = in.remove("topics.regex");
        if (regex != null) {
          builder.topicsRegex(regex);
        }
      }

      @Override
      public boolean owns(String key) {
        return key.equals("topics") || key.equals("topics.regex");
      }
    };
  }

  /** {@code kafka.auth.mode} with its credentials. */
  private static final class KafkaAuthPart<C extends ManagedConnector, B extends ManagedConnector.Builder<B>>
      implements Part<C, B> {
    private static final Codec<KafkaAuth.Mode> MODES = Codec.enumeration(KafkaAuth.Mode.class);
    private static final Pattern SERVICE_ACCOUNT = Pattern.compile("sa-[a-z0-9]+");

    @Override
    public void emit(C config, Emitted out) {
      run(config, null, out);
    }

    @Override
    public void check(C config, Violations out) {
      run(config, out, null);
    }

    @Override
    public void checkAndEmit(C config, Violations violations, Emitted out) {
      run(config, violations, out);
    }

    /** Checks into {@code violations} if given, then emits into {@code out} if given and nothing is wrong. */
    private void run(C config, @Nullable Violations violations, @Nullable Emitted out) {
      Optional<KafkaAuth> kafkaAuth = ConfigFields.kafkaAuth(config);
      if (kafkaAuth.isEmpty()) {
        if (violations != null) {
          violations.missing(
              "kafka.auth.mode",
              "KafkaAuth.apiKey(key, secret) (KAFKA_API_KEY) or KafkaAuth.serviceAccount(\"sa-...\") (SERVICE_ACCOUNT)");
        }
        return;
      }
      KafkaAuth auth = kafkaAuth.get();
      Optional<Secret> key = auth.apiKey();
      Optional<Secret> apiSecret = auth.apiSecret();
      Optional<String> account = auth.serviceAccountId();
      if (violations != null) {
        Codec<Secret> secret = Codec.secret();
        if (key.isPresent()) {
          secret.check("kafka.api.key", key.get(), violations);
        }
        if (apiSecret.isPresent()) {
          secret.check("kafka.api.secret", apiSecret.get(), violations);
        }
        if (account.isPresent() && !SERVICE_ACCOUNT.matcher(account.get()).matches()) {
          violations.invalid(
              "kafka.service.account.id",
              "is not a service account id",
              account.get(),
              "sa- followed by lowercase letters and digits, e.g. sa-abc123");
        }
      }
      if (out == null || (violations != null && !violations.isEmpty())) {
        return;
      }
      out.property("kafka.auth.mode", auth.mode().name());
      if (key.isPresent()) {
        out.secret("kafka.api.key", key.get());
      }
      if (apiSecret.isPresent()) {
        out.secret("kafka.api.secret", apiSecret.get());
      }
      if (account.isPresent()) {
        out.property("kafka.service.account.id", account.get());
      }
    }

    private static Secret readOrUnknown(@Nullable String raw) {
      return raw == null ? Secret.unknown() : Codec.readSecret(raw);
    }

    @Override
    public void parse(Map<String, String> in, B builder, Violations out) {
      String mode = in.remove("kafka.auth.mode");
      String key = in.remove("kafka.api.key");
      String secret = in.remove("kafka.api.secret");
      String account = in.remove("kafka.service.account.id");
      KafkaAuth.Mode parsed = mode == null ? KafkaAuth.Mode.KAFKA_API_KEY : MODES.decode(mode);
      if (parsed == KafkaAuth.Mode.SERVICE_ACCOUNT) {
        if (account == null) {
          out.missing("kafka.service.account.id", "the service account id with mode SERVICE_ACCOUNT");
        } else {
          builder.kafkaAuth(KafkaAuth.serviceAccount(account));
        }
      } else if (parsed == KafkaAuth.Mode.KAFKA_API_KEY) {
        // a key or secret left out (a Terraform config without its sensitive part) is unknown, as a masked one is
        builder.kafkaAuth(KafkaAuth.apiKey(readOrUnknown(key), readOrUnknown(secret)));
      } else {
        out.invalid("kafka.auth.mode", "is not a known mode", mode, "KAFKA_API_KEY or SERVICE_ACCOUNT");
      }
    }

    @Override
    public boolean ownsSecret(String key) {
      return key.equals("kafka.api.key") || key.equals("kafka.api.secret");
    }

    @Override
    public boolean owns(String key) {
      return key.startsWith("kafka.auth.mode")
          || key.equals("kafka.api.key")
          || key.equals("kafka.api.secret")
          || key.equals("kafka.service.account.id");
    }
  }
}

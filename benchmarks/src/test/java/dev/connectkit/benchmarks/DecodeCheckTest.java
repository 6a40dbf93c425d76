package dev.connectkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecodeCheckTest {
  private static BenchServer server;

  @BeforeAll
  static void start() throws Exception {
    server = BenchServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void everyContestantDecodesEveryAnswer() throws Exception {
    for (String name : List.of("floor", "retrofit", "sdk")) {
      try (Contestant c = Contestant.create(name, server.url())) {
        DecodeCheck.verify(name, c);
      }
    }
  }

  @Test
  void sdkOnKafkaConnectAndThePeerDecodeEveryAnswer() throws Exception {
    for (String name : List.of("kc-sdk", "peer")) {
      try (Contestant c = Contestant.create(name, server.url())) {
        PeerCheck.verify(name, c);
      }
    }
  }

  @Test
  void everyTypedConfigSerialisesToItsHandWrittenMap() {
    for (String type : TypedConfigs.TYPES) {
      assertThat(dev.connectkit.internal.ConfigMaps.wire(TypedConfigs.build(type), false))
          .as(type)
          .isEqualTo(TypedConfigs.handWritten(type));
    }
  }

  @Test
  void contestantThatSkipsTheListDecodeFailsTheCheck() throws Exception {
    try (Contestant lazy = new SkipsDecoding(new FloorContestant(server.url()))) {
      assertThatThrownBy(() -> DecodeCheck.verify("lazy", lazy))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("lazy list");
    }
  }

  @Test
  void serverDrainsRecordedRequests() throws Exception {
    long before = server.requestCount();
    try (Contestant c = Contestant.create("floor", server.url())) {
      for (int i = 0; i < 50; i++) {
        c.status();
      }
    }
    assertThat(server.requestCount() - before).isEqualTo(50);
    assertThat(server.recordedRequestsKept()).isLessThanOrEqualTo(1);
  }

  /** Decodes everything but returns only the first listed connector, as a cheating contestant might. */
  private static final class SkipsDecoding implements Contestant {
    private final FloorContestant delegate;

    SkipsDecoding(FloorContestant delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object create() throws Exception {
      return delegate.create();
    }

    @Override
    public Object get() throws Exception {
      return delegate.get();
    }

    @Override
    public Object status() throws Exception {
      return delegate.status();
    }

    @Override
    public Object list() throws Exception {
      Map.Entry<String, Dtos.Expansion> first = delegate.list().entrySet().iterator().next();
      return Map.of(first.getKey(), first.getValue());
    }

    @Override
    public Object pause() throws Exception {
      return delegate.pause();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}

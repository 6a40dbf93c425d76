package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.internal.Responses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseTypesTest {
  private static final List<Class<?>> ONLY_THE_SDK_CREATES = List.of(
      Connector.class,
      ConnectorInfo.class,
      ConnectorStatus.class,
      TaskStatus.class,
      ConnectorChange.class,
      ConnectorChange.TaskChange.class,
      ConnectorOffsets.class,
      ConnectorOffset.class,
      OffsetsRequestStatus.class,
      OffsetsRequestType.class,
      ValidationResult.class,
      Observation.class,
      WaitResult.class);

  @Test
  void responseTypesHaveNoPublicConstructorAndAreNotRecords() {
    for (Class<?> type : ONLY_THE_SDK_CREATES) {
      assertThat(type.getConstructors()).as(type.getName()).isEmpty();
      assertThat(type.isRecord()).as(type.getName()).isFalse();
    }
  }

  @Test
  void theInternalFactoryBuildsEqualValues() {
    TaskStatus task = Responses.factory().task(0, TaskState.FAILED, "w1", "boom");
    ConnectorStatus status = Responses.factory()
        .status("a", ConnectorType.SINK, ConnectorState.RUNNING, "w1", "", List.of(task));
    assertThat(status).isEqualTo(Responses.factory()
            .status("a", ConnectorType.SINK, ConnectorState.RUNNING, "w1", "", List.of(task)))
        .hasSameHashCodeAs(Responses.factory()
            .status("a", ConnectorType.SINK, ConnectorState.RUNNING, "w1", "", List.of(task)))
        .isNotEqualTo(Responses.factory()
            .status("a", ConnectorType.SINK, ConnectorState.PAUSED, "w1", "", List.of(task)));
    assertThat(status.failedTasks()).containsExactly(task);
    assertThat(task).hasToString("TaskStatus[id=0, state=FAILED, workerId=w1, trace=boom]");
    assertThat(Responses.factory().observation(Duration.ofSeconds(3), "RUNNING", ""))
        .isEqualTo(Responses.factory().observation(Duration.ofSeconds(3), "RUNNING", ""));
  }

  @Test
  void aChangeNamesEachTaskThatMoved() {
    ConnectorStatus before = Responses.factory().status("a", ConnectorType.SINK, ConnectorState.RUNNING, "w1", "",
        List.of(Responses.factory().task(0, TaskState.RUNNING, "w1", "")));
    ConnectorStatus after = Responses.factory().status("a", ConnectorType.SINK, ConnectorState.FAILED, "w1", "",
        List.of(Responses.factory().task(0, TaskState.FAILED, "w1", "boom")));
    ConnectorChange change = Responses.factory().change(before, after);
    assertThat(change.stateChanged()).isTrue();
    assertThat(change.taskChanges()).singleElement().satisfies(t -> {
      assertThat(t.id()).isZero();
      assertThat(t.previous()).isEqualTo(Optional.of(TaskState.RUNNING));
      assertThat(t.current()).isEqualTo(Optional.of(TaskState.FAILED));
      assertThat(t).hasToString("task 0: RUNNING -> FAILED (boom)");
    });
  }

  @Test
  void usersBuildTheOffsetsTheySendWithFactories() {
    ConnectorOffset source = ConnectorOffset.of(Map.of("id", 0L), Map.of("seqno", 7L));
    assertThat(source.partition()).isEqualTo(Map.of("id", 0L));
    assertThat(source.offset()).isEqualTo(Map.of("seqno", 7L));
    assertThat(ConnectorOffset.sink("t", 1, 42L))
        .isEqualTo(ConnectorOffset.of(Map.of("kafka_topic", "t", "kafka_partition", 1L), Map.of("kafka_offset", 42L)));
  }
}

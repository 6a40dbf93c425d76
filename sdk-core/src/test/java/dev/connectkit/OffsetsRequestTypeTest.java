package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetsRequestTypeTest {
  @Test
  void httpMethodsReadAsAlterAndResetInAnyCase() {
    assertThat(OffsetsRequestType.of("PATCH")).isSameAs(OffsetsRequestType.ALTER);
    assertThat(OffsetsRequestType.of("delete")).isSameAs(OffsetsRequestType.RESET);
    assertThat(OffsetsRequestType.ALTER.value()).isEqualTo("PATCH");
    assertThat(OffsetsRequestType.RESET.value()).isEqualTo("DELETE");
    assertThat(OffsetsRequestType.ALTER.isKnown()).isTrue();
    assertThat(OffsetsRequestType.RESET).hasToString("RESET");
  }

  @Test
  void anUnknownTypeKeepsItsRawValue() {
    OffsetsRequestType merge = OffsetsRequestType.of("MERGE");
    assertThat(merge.isKnown()).isFalse();
    assertThat(merge.value()).isEqualTo("MERGE");
    assertThat(merge).hasToString("MERGE").isEqualTo(OffsetsRequestType.of("MERGE"))
        .hasSameHashCodeAs(OffsetsRequestType.of("MERGE")).isNotEqualTo(OffsetsRequestType.ALTER);
    assertThat(OffsetsRequestType.of("").isKnown()).isFalse();
  }
}

package dev.connectkit.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.Transition.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TransitionTableTest {
  private static final Path TRANSITION = Path.of("src/main/java/dev/connectkit/Transition.java");

  @Test
  void transitionJavadocTableIsRenderedFromTheAcceptors() throws IOException {
    String source = Files.readString(TRANSITION, StandardCharsets.UTF_8);
    int start = source.lastIndexOf("\n", source.indexOf(" * <table>")) + 1;
    int end = source.indexOf(" * </table>\n", start) + " * </table>\n".length();
    assertThat(start).as("Transition.java has a <table> in its Javadoc").isPositive();
    String documented = source.substring(start, end);
    String expected = RulesTable.javadoc();
    if (!documented.equals(expected)) {
      throw new AssertionFailedError(
          "Transition.java's Javadoc table differs from the transition rules (TransitionRules); paste this in its "
              + "place:\n" + expected,
          expected,
          documented);
    }
  }

  @Test
  void everyOperationHasATableEndingInTheFailedReadRules() {
    for (Operation operation : Operation.values()) {
      assertThat(TransitionRules.of(operation))
          .as(operation.name())
          .last()
          .satisfies(a -> assertThat(a.outcome).isEqualTo(Acceptor.Outcome.FAILURE));
      assertThat(TransitionRules.of(operation))
          .as(operation + " has a success acceptor")
          .anySatisfy(a -> assertThat(a.outcome).isEqualTo(Acceptor.Outcome.SUCCESS));
    }
  }
}

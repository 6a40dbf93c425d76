package dev.connectkit.plan.yaml;

import dev.connectkit.ConnectorException;
import java.util.List;

/**
 * A connector-set file that does not load: every problem found, each naming the file, the line, the field and what
 * would be valid. Never contains a secret value.
 *
 * <pre>{@code
 * try {
 *   ConnectorSetYaml.load(Path.of("connectors/sales.yaml"), Stage.QAS);
 * } catch (ConnectorSetFormatException e) {
 *   e.problems().forEach(p -> System.err.println(p));   // sales.qas.yaml:12: connectors[orders].state: ...
 * }
 * }</pre>
 */
public final class ConnectorSetFormatException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** One problem: where it is, which field, what is wrong and what would be valid. */
  public record Problem(String file, int line, String field, String problem, String valid) {
    /** For example {@code sales.yaml:7: connectors[orders].state: is not a state (was 'runing'); valid: running, ...}. */
    @Override
    public String toString() {
      return file + ":" + line + ": " + field + ": " + problem + "; valid: " + valid;
    }
  }

  private final List<Problem> problems;

  ConnectorSetFormatException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    StringBuilder out = new StringBuilder("connector set does not load (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):");
    problems.forEach(p -> out.append("\n  ").append(p));
    return out.toString();
  }
}

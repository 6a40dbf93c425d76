package dev.connectkit.internal.wait;

import dev.connectkit.Transition.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders {@link TransitionRules} as the Javadoc table on {@code Transition} (a test keeps the two the same): per
 * operation, the reasons of its {@code SUCCESS}, {@code RETRY} and {@code FAILURE} acceptors, in order.
 */
public final class RulesTable {
  private static final int WIDTH = 120;

  /** The table's rows: the label users read and the operation whose acceptors it shows. */
  private static final List<Row> ROWS = List.of(
      new Row("create", Operation.CREATE),
      new Row("update, apply", Operation.UPDATE),
      new Row("pause", Operation.PAUSE),
      new Row("resume", Operation.RESUME),
      new Row("restart", Operation.RESTART),
      new Row("stop", Operation.STOP),
      new Row("delete", Operation.DELETE),
      new Row("offsets", Operation.ALTER_OFFSETS));

  private record Row(String label, Operation operation) {}

  private RulesTable() {}

  /** The table as it stands in {@code Transition.java}'s Javadoc, from {@code <table>} to {@code </table>}. */
  public static String javadoc() {
    List<String> lines = new ArrayList<>();
    lines.add(" * <table>");
    lines.add(" *   <caption>What each operation waits for, in the order a wait checks each read</caption>");
    lines.add(" *   <tr><th>operation</th><th>expected</th><th>not yet (polls again)</th><th>fails the wait</th></tr>");
    for (Row row : ROWS) {
      Operation operation = row.operation();
      String tr = "<tr><td>" + row.label() + "</td><td>" + reasons(operation, Acceptor.Outcome.SUCCESS) + "</td><td>"
          + reasons(operation, Acceptor.Outcome.RETRY) + "</td><td>" + reasons(operation, Acceptor.Outcome.FAILURE)
          + "</td></tr>";
      wrap(tr, lines);
    }
    lines.add(" * </table>");
    return String.join("\n", lines) + "\n";
  }

  private static String reasons(Operation operation, Acceptor.Outcome outcome) {
    StringJoiner out = new StringJoiner("; ");
    for (Acceptor acceptor : TransitionRules.of(operation)) {
      String doc = acceptor.doc;
      if (acceptor.outcome == outcome && doc != null) {
        out.add(doc);
      }
    }
    return out.toString();
  }

  /** Breaks {@code text} at spaces into Javadoc lines of at most {@link #WIDTH} characters. */
  private static void wrap(String text, List<String> lines) {
    StringBuilder line = new StringBuilder(" *   ");
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(" *       ");
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
  }
}

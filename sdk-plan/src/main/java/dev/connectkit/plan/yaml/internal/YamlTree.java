package dev.connectkit.plan.yaml.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML document as plain values that remember where they were written (file and line): maps with string keys,
 * lists and scalars. Read with snakeyaml-engine's composer (YAML 1.2 core schema: {@code no} and {@code on} stay
 * strings), never its constructor, so no Java type is ever instantiated from a document. Anchors and aliases, merge
 * keys, duplicate keys and non-string keys are refused.
 */
public final class YamlTree {
  private YamlTree() {}

  /** Where a value was written. */
  public record Where(String file, int line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /** A value of the tree. */
  public sealed interface Value permits MapValue, ListValue, Scalar {
    Where where();
  }

  /** A mapping; keys keep their order and where they were written. */
  public record MapValue(Where where, Map<String, Value> entries, Map<String, Where> keys) implements Value {
    public @Nullable Value get(String key) {
      return entries.get(key);
    }
  }

  /** A sequence. */
  public record ListValue(Where where, List<Value> items) implements Value {}

  /**
   * A scalar: its text as written and its YAML 1.2 core type ({@code str}, {@code int}, {@code float}, {@code bool},
   * {@code null}).
   */
  public record Scalar(Where where, String text, String type) implements Value {
    public boolean isNull() {
      return type.equals("null");
    }
  }

  /**
   * Reads {@code text} of {@code file}.
   *
   * @throws YamlProblemException if it is not YAML or uses what the format does not allow
   */
  public static Value read(String text, String file) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).setMaxAliasesForCollections(0).build();
    Optional<Node> root;
    try {
      root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
      throw new YamlProblemException(new Where(file, line), "(document)", "is not valid YAML: " + e.getProblem(),
          "YAML 1.2 block or flow syntax");
    } catch (YamlEngineException e) {
      throw new YamlProblemException(new Where(file, 1), "(document)", "is not valid YAML: " + e.getMessage(),
          "YAML 1.2 block or flow syntax");
    }
    if (root.isEmpty()) {
      return new MapValue(new Where(file, 1), Map.of(), Map.of());
    }
    return convert(root.get(), file);
  }

  private static Value convert(Node node, String file) {
    Where where = where(node.getStartMark(), file);
    if (node.getAnchor().isPresent()) {
      throw new YamlProblemException(where, "(anchor)", "uses an anchor (&" + node.getAnchor().get() + ")",
          "plain values; write repeated values out, or use an overlay");
    }
    if (node instanceof MappingNode mapping) {
      Map<String, Value> entries = new LinkedHashMap<>();
      Map<String, Where> keys = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        Where keyWhere = where(keyNode.getStartMark(), file);
        if (!(keyNode instanceof ScalarNode scalarKey) || keyNode.getTag().equals(Tag.MERGE)) {
          throw new YamlProblemException(keyWhere, "(key)", "is not a plain key", "a string key, e.g. tasks.max");
        }
        String key = scalarKey.getValue();
        if (keys.containsKey(key)) {
          throw new YamlProblemException(keyWhere, key, "appears twice in this mapping (first at line "
              + keys.get(key).line() + ")", "each key once");
        }
        keys.put(key, keyWhere);
        entries.put(key, convert(tuple.getValueNode(), file));
      }
      return new MapValue(where, Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys));
    }
    if (node instanceof SequenceNode sequence) {
      List<Value> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, file));
      }
      return new ListValue(where, List.copyOf(items));
    }
    ScalarNode scalar = (ScalarNode) node;
    return new Scalar(where, scalar.getValue(), type(scalar.getTag()));
  }

  private static String type(Tag tag) {
    if (tag.equals(Tag.NULL)) {
      return "null";
    }
    if (tag.equals(Tag.BOOL)) {
      return "bool";
    }
    if (tag.equals(Tag.INT)) {
      return "int";
    }
    if (tag.equals(Tag.FLOAT)) {
      return "float";
    }
    return tag.equals(Tag.STR) ? "str" : tag.getValue();
  }

  private static Where where(Optional<Mark> mark, String file) {
    return new Where(file, mark.map(m -> m.getLine() + 1).orElse(1));
  }
}

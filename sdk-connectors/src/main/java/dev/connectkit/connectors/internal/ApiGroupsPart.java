package dev.connectkit.connectors.internal;

import dev.connectkit.ConnectorValidationException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The numbered API groups of the HTTP V2 connectors: {@code apis.num} and {@code apiN.<property>} for N = 1 ..
 * {@value #MAX}, each group a typed value of its own.
 *
 * @param <C> the config
 * @param <B> its builder
 * @param <A> one API group
 * @param <AB> the group's builder
 */
public final class ApiGroupsPart<C, B, A, AB> implements Part<C, B> {
  /** The documented maximum number of APIs per connector. */
  public static final int MAX = 15;

  /** A rule of one API group; {@code prefix} is {@code apiN.}. */
  public interface Rule<C, A> {
    void check(C config, A api, String prefix, Violations out);
  }

  private final Function<C, List<A>> getter;
  private final BiConsumer<B, A> adder;
  private final List<Field<A, AB, ?>> fields;
  private final Supplier<AB> newGroup;
  private final Function<AB, A> buildGroup;
  private final List<Rule<C, A>> rules;

  public ApiGroupsPart(
      Function<C, List<A>> getter,
      BiConsumer<B, A> adder,
      List<Field<A, AB, ?>> fields,
      Supplier<AB> newGroup,
      Function<AB, A> buildGroup,
      List<Rule<C, A>> rules) {
    this.getter = getter;
    this.adder = adder;
    this.fields = List.copyOf(fields);
    this.newGroup = newGroup;
    this.buildGroup = buildGroup;
    this.rules = List.copyOf(rules);
  }

  /** Group {@code i}'s (0-based) prefix, {@code apiN.}. */
  private static String prefix(int i) {
    return "api" + (i + 1) + ".";
  }

  @Override
  public void emit(C config, Emitted out) {
    List<A> apis = getter.apply(config);
    out.property("apis.num", Long.toString(apis.size()));
    for (int i = 0; i < apis.size(); i++) {
      for (Field<A, AB, ?> field : fields) {
        field.emit(apis.get(i), out, prefix(i));
      }
    }
  }

  @Override
  public void check(C config, Violations out) {
    List<A> apis = getter.apply(config);
    checkCount(apis, out);
    checkGroups(config, apis, out);
  }

  @Override
  public void checkAndEmit(C config, Violations violations, Emitted out) {
    List<A> apis = getter.apply(config);
    out.property("apis.num", Long.toString(apis.size()));
    checkCount(apis, violations);
    if (apis.size() > MAX) {
      checkGroups(config, apis, violations);
      return;
    }
    for (int i = 0; i < apis.size(); i++) {
      A api = apis.get(i);
      String prefix = prefix(i);
      for (Field<A, AB, ?> field : fields) {
        field.checkAndEmitAs(api, violations, out, prefix + field.key());
      }
      for (int r = 0; r < rules.size(); r++) {
        rules.get(r).check(config, api, prefix, violations);
      }
    }
  }

  private static <A> void checkCount(List<A> apis, Violations out) {
    if (apis.isEmpty()) {
      out.missing("apis.num", "at least one API: addApi(...)");
    } else if (apis.size() > MAX) {
      out.invalid("apis.num", "must be between 1 and " + MAX, Integer.toString(apis.size()), "at most " + MAX + " APIs");
    }
  }

  private void checkGroups(C config, List<A> apis, Violations out) {
    for (int i = 0; i < apis.size(); i++) {
      A api = apis.get(i);
      String prefix = prefix(i);
      for (Field<A, AB, ?> field : fields) {
        field.check(api, out, prefix);
      }
      for (int r = 0; r < rules.size(); r++) {
        rules.get(r).check(config, api, prefix, out);
      }
    }
  }

  @Override
  public void parse(Map<String, String> in, B builder, Violations out) {
    String num = in.remove("apis.num");
    if (num == null) {
      return;
    }
    Integer n = Codec.integer(1, MAX).decode(num);
    if (n == null || n < 1 || n > MAX) {
      out.invalid("apis.num", "cannot be read", num, "an integer 1.." + MAX);
      return;
    }
    for (int i = 1; i <= n; i++) {
      AB group = newGroup.get();
      for (Field<A, AB, ?> field : fields) {
        field.parse(in, group, out, prefix(i - 1));
      }
      try {
        adder.accept(builder, buildGroup.apply(group));
      } catch (ConnectorValidationException e) {
        out.addAll(e.violations());
      }
    }
  }

  @Override
  public boolean owns(String key) {
    return key.equals("apis.num") || fieldOf(key) != null;
  }

  @Override
  public boolean ownsSecret(String key) {
    Field<A, AB, ?> field = fieldOf(key);
    return field != null && field.ownsSecret(field.key());
  }

  @Override
  public boolean sentOnlyWhenSet(String key) {
    Field<A, AB, ?> field = fieldOf(key);
    return field != null && field.sentOnlyWhenSet(field.key());
  }

  @Override
  public @Nullable String unreadableEnum(String key, String raw) {
    Field<A, AB, ?> field = fieldOf(key);
    return field == null ? null : field.unreadableEnum(field.key(), raw);
  }

  /** The field of {@code apiN.<key>}, or null. */
  private @Nullable Field<A, AB, ?> fieldOf(String key) {
    if (!key.startsWith("api")) { // most keys: asked for each key of every config read
      return null;
    }
    for (int i = 1; i <= MAX; i++) {
      String prefix = prefix(i - 1);
      if (key.startsWith(prefix)) {
        String rest = key.substring(prefix.length());
        for (Field<A, AB, ?> field : fields) {
          if (field.owns(rest)) {
            return field;
          }
        }
      }
    }
    return null;
  }
}

package dev.connectkit.connectors.internal;

import dev.connectkit.ConnectorValidationException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

  @Override
  public void emit(C config, Emitted out) {
    List<A> apis = getter.apply(config);
    out.property("apis.num", Integer.toString(apis.size()));
    for (int i = 0; i < apis.size(); i++) {
      for (Field<A, AB, ?> field : fields) {
        field.emit(apis.get(i), out, "api" + (i + 1) + ".");
      }
    }
  }

  @Override
  public void check(C config, Violations out) {
    List<A> apis = getter.apply(config);
    if (apis.isEmpty()) {
      out.missing("apis.num", "at least one API: addApi(...)");
    } else if (apis.size() > MAX) {
      out.invalid("apis.num", "must be between 1 and " + MAX, Integer.toString(apis.size()), "at most " + MAX + " APIs");
    }
    for (int i = 0; i < apis.size(); i++) {
      String prefix = "api" + (i + 1) + ".";
      for (Field<A, AB, ?> field : fields) {
        field.check(apis.get(i), out, prefix);
      }
      for (Rule<C, A> rule : rules) {
        rule.check(config, apis.get(i), prefix, out);
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
        field.parse(in, group, out, "api" + i + ".");
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
    if (key.equals("apis.num")) {
      return true;
    }
    for (int i = 1; i <= MAX; i++) {
      String prefix = "api" + i + ".";
      if (key.startsWith(prefix)) {
        String rest = key.substring(prefix.length());
        for (Field<A, AB, ?> field : fields) {
          if (field.owns(rest)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

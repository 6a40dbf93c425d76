package dev.connectkit.plan.yaml.internal;

/** One problem found while reading a connector-set file, before the loader gathers them all. */
public final class YamlProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public final transient YamlTree.Where where;
  public final String field;
  public final String problem;
  public final String valid;

  public YamlProblemException(YamlTree.Where where, String field, String problem, String valid) {
    super(where + ": " + field + ": " + problem + "; valid: " + valid);
    this.where = where;
    this.field = field;
    this.problem = problem;
    this.valid = valid;
  }
}

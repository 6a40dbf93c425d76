import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the public API of one module, the signatures a user can compile against, and compares it with the checked-in
 * dump: {@code java -cp <runtime class path> tools/ApiDump.java <classes dir> <api file> <update: true|false>}.
 *
 * <p>The API is every public (or protected, in a non-final class) type, constructor, method and field in the packages
 * that the module's {@code module-info.class} exports to everyone; qualified exports and other packages are internal and
 * left out. Types are written with their generic arguments and type-use annotations (JSpecify's {@code @Nullable}), so
 * a change in nullness is an API change too. The build runs this in {@code verify} for each module with a descriptor;
 * it fails on any difference and prints it, {@code -Dapi.update} rewrites the file instead.
 *
 * <p>A module shipped as an automatic module (no descriptor, an {@code Automatic-Module-Name}, as Spring Boot
 * auto-configuration modules are) passes that name as a fourth argument; its API is then every package whose name has
 * no {@code internal} segment.
 */
public final class ApiDump {
  private static final int TYPE_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL;
  private static final int MEMBER_MODIFIERS = TYPE_MODIFIERS;

  private ApiDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      throw new IllegalArgumentException(
          "usage: ApiDump <classes dir> <api file> <update: true|false> [automatic module name]");
    }
    Path classes = Path.of(args[0]);
    Path apiFile = Path.of(args[1]);
    boolean update = Boolean.parseBoolean(args[2]) || args[2].isEmpty();
    String actual = args.length == 4 ? dumpAutomatic(classes, args[3]) : dump(classes);
    String expected = Files.exists(apiFile) ? Files.readString(apiFile) : "";
    if (actual.equals(expected)) {
      return;
    }
    if (update) {
      Files.createDirectories(apiFile.toAbsolutePath().getParent());
      Files.writeString(apiFile, actual);
      System.out.println("ApiDump: updated " + apiFile);
      return;
    }
    System.err.println("ApiDump: the public API differs from " + apiFile + " (- checked in, + now):");
    Set<String> before = new LinkedHashSet<>(expected.lines().collect(Collectors.toList()));
    Set<String> after = new LinkedHashSet<>(actual.lines().collect(Collectors.toList()));
    before.stream().filter(line -> !after.contains(line)).forEach(line -> System.err.println("- " + line));
    after.stream().filter(line -> !before.contains(line)).forEach(line -> System.err.println("+ " + line));
    System.err.println("If the change is intended, regenerate the dump, review it and commit it with the change:");
    System.err.println("  ./mvnw -B verify -DskipTests -Dmaven.javadoc.skip -Dapi.update -pl sdk-core,sdk-connectors,sdk-testing,sdk-azure-identity -am");
    System.exit(1);
  }

  static String dump(Path classes) throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported = module.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    return dump(classes, module.name(), exported);
  }

  /** The API of an automatic module: every package without an {@code internal} segment. */
  static String dumpAutomatic(Path classes, String moduleName) throws IOException {
    Set<String> exported;
    try (Stream<Path> files = Files.walk(classes)) {
      exported = files.map(classes::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && f.contains("/"))
          .map(f -> f.substring(0, f.lastIndexOf('/')).replace('/', '.'))
          .filter(p -> !Arrays.asList(p.split("\\.")).contains("internal"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    return dump(classes, moduleName, exported);
  }

  static String dump(Path classes, String moduleName, Set<String> exported) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(classes::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
          .sorted()
          .collect(Collectors.toList());
    }
    StringBuilder out = new StringBuilder();
    out.append("# Public API of module ").append(moduleName).append(", exported packages ").append(exported)
        .append(".\n# Generated by tools/ApiDump.java: regenerate with -Dapi.update, never edit by hand.\n");
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, false, ApiDump.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + name + " from the class path: " + e, e);
      }
      if (exposed(type)) {
        out.append('\n').append(header(type)).append(" {\n");
        for (String member : members(type)) {
          out.append("  ").append(member).append('\n');
        }
        out.append("}\n");
      }
    }
    return out.toString();
  }

  /** A top-level public type, or a public (protected, in a non-final type) member type of an exposed type. */
  static boolean exposed(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    Class<?> outer = type.getDeclaringClass();
    if (outer == null) {
      return Modifier.isPublic(type.getModifiers());
    }
    return exposed(outer) && visibleIn(outer, type.getModifiers());
  }

  static boolean visibleIn(Class<?> owner, int modifiers) {
    return Modifier.isPublic(modifiers)
        || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
  }

  static String header(Class<?> type) {
    int modifiers = type.getModifiers() & TYPE_MODIFIERS;
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
    } else if (type.isInterface()) {
      kind = "interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
    }
    StringBuilder out = new StringBuilder(modifiersOf(modifiers));
    if (type.isSealed()) {
      out.append("sealed ");
    }
    out.append(kind).append(' ').append(type.getName()).append(typeParameters(type.getTypeParameters()));
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    if (superclass != null && !type.isEnum() && !type.isRecord() && superclass.getType() != Object.class) {
      out.append(" extends ").append(render(superclass));
    }
    List<String> interfaces = new ArrayList<>();
    for (AnnotatedType each : type.getAnnotatedInterfaces()) {
      if (!(type.isAnnotation() && each.getType() == Annotation.class)) {
        interfaces.add(render(each));
      }
    }
    if (!interfaces.isEmpty()) {
      out.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      out.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(Class::getName).sorted().collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  /** Fields, then constructors, then methods, each by name. */
  static Collection<String> members(Class<?> type) {
    Map<String, String> members = new TreeMap<>();
    for (Field field : type.getDeclaredFields()) {
      if (!field.isSynthetic() && visibleIn(type, field.getModifiers())) {
        String text = modifiersOf(field) + render(field.getAnnotatedType()) + " " + field.getName();
        members.put("0 " + field.getName() + " " + text, text);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (!constructor.isSynthetic() && visibleIn(type, constructor.getModifiers())) {
        String text = modifiersOf(constructor) + typeParameters(constructor.getTypeParameters()) + "<init>"
            + parameters(constructor);
        members.put("1 " + text, text);
      }
    }
    Set<String> declared = new HashSet<>();
    for (Method method : type.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.isBridge() && visibleIn(type, method.getModifiers())) {
        declared.add(method.getName() + Arrays.toString(method.getParameterTypes()));
        String text = methodText(method);
        members.put("2 " + method.getName() + " " + text, text);
      }
    }
    // Public methods a hidden (non-public) superclass or superinterface passes on are API of this type too.
    for (Class<?> hidden : hiddenSupertypes(type)) {
      for (Method method : hidden.getDeclaredMethods()) {
        String signature = method.getName() + Arrays.toString(method.getParameterTypes());
        if (!method.isSynthetic() && !method.isBridge() && !Modifier.isStatic(method.getModifiers())
            && visibleIn(type, method.getModifiers()) && declared.add(signature)) {
          String text = methodText(method) + " // from " + hidden.getName();
          members.put("2 " + method.getName() + " " + text, text);
        }
      }
    }
    return members.values();
  }

  static String methodText(Method method) {
    String modifiers = modifiersOf(method) + (method.isDefault() ? "default " : "");
    return modifiers + typeParameters(method.getTypeParameters())
        + render(method.getAnnotatedReturnType()) + " " + method.getName() + parameters(method);
  }

  /** The non-public classes and interfaces {@code type} inherits from without a public one between, nearest first. */
  static List<Class<?>> hiddenSupertypes(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> each = todo.poll();
      List<Class<?>> parents = new ArrayList<>(Arrays.asList(each.getInterfaces()));
      if (each.getSuperclass() != null && each.getSuperclass() != Object.class) {
        parents.add(0, each.getSuperclass());
      }
      for (Class<?> parent : parents) {
        // A public supertype is dumped on its own, with what its hidden supertypes pass on.
        if (!Modifier.isPublic(parent.getModifiers()) && seen.add(parent)) {
          out.add(parent);
          todo.add(parent);
        }
      }
    }
    return out;
  }

  static String modifiersOf(Member member) {
    int modifiers = member.getModifiers() & MEMBER_MODIFIERS;
    if (member.getDeclaringClass().isInterface()) {
      modifiers &= ~Modifier.ABSTRACT;
    }
    return modifiersOf(modifiers);
  }

  static String modifiersOf(int modifiers) {
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + " ";
  }

  static String parameters(Executable executable) {
    List<String> parameters = new ArrayList<>();
    Class<?> owner = executable.getDeclaringClass();
    boolean inner = executable instanceof Constructor && owner.getDeclaringClass() != null
        && !Modifier.isStatic(owner.getModifiers());
    if (inner) {
      // JDKs before 20 misalign the annotated parameter types of an inner class's constructor (JDK-8074977).
      for (Class<?> each : executable.getParameterTypes()) {
        parameters.add(each.getTypeName());
      }
    } else {
      for (AnnotatedType each : executable.getAnnotatedParameterTypes()) {
        parameters.add(render(each));
      }
    }
    if (executable.isVarArgs()) {
      int last = parameters.size() - 1;
      String array = parameters.get(last);
      parameters.set(last, array.substring(0, array.length() - 2) + "...");
    }
    String text = "(" + String.join(", ", parameters) + ")";
    AnnotatedType[] exceptions = executable.getAnnotatedExceptionTypes();
    if (exceptions.length > 0) {
      text += " throws " + Arrays.stream(exceptions).map(ApiDump::render).collect(Collectors.joining(", "));
    }
    return text;
  }

  static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> rendered = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      AnnotatedType[] bounds = variable.getAnnotatedBounds();
      String text = annotations(variable.getAnnotations()) + variable.getName();
      if (!(bounds.length == 1 && bounds[0].getType() == Object.class && bounds[0].getAnnotations().length == 0)) {
        text += " extends " + Arrays.stream(bounds).map(ApiDump::render).collect(Collectors.joining(" & "));
      }
      rendered.add(text);
    }
    return "<" + String.join(", ", rendered) + "> ";
  }

  /** A type as source would spell it, with its type-use annotations, binary names for nested classes. */
  static String render(AnnotatedType type) {
    String annotations = annotations(type.getAnnotations());
    if (type instanceof AnnotatedArrayType) {
      String array = annotations.isEmpty() ? "[]" : " " + annotations.trim() + " []";
      return render(((AnnotatedArrayType) type).getAnnotatedGenericComponentType()) + array;
    }
    if (type instanceof AnnotatedParameterizedType) {
      Class<?> raw = (Class<?>) ((ParameterizedType) type.getType()).getRawType();
      return annotations + raw.getName() + Arrays.stream(((AnnotatedParameterizedType) type)
          .getAnnotatedActualTypeArguments()).map(ApiDump::render).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof AnnotatedWildcardType) {
      AnnotatedWildcardType wildcard = (AnnotatedWildcardType) type;
      AnnotatedType[] lower = wildcard.getAnnotatedLowerBounds();
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      if (lower.length > 0) {
        return annotations + "? super " + render(lower[0]);
      }
      if (upper.length == 0
          || (upper[0].getType() == Object.class && upper[0].getAnnotations().length == 0)) {
        return annotations + "?";
      }
      return annotations + "? extends " + render(upper[0]);
    }
    if (type instanceof AnnotatedTypeVariable) {
      return annotations + ((TypeVariable<?>) type.getType()).getName();
    }
    return annotations + ((Class<?>) type.getType()).getName();
  }

  static String annotations(Annotation[] annotations) {
    return Arrays.stream(annotations)
        .map(a -> "@" + a.annotationType().getName() + " ")
        .sorted()
        .collect(Collectors.joining());
  }
}

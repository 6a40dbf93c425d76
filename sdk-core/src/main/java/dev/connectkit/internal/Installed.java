package dev.connectkit.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a public class lends an internal package (package-private constructors and methods), installed by the public
 * class's static initialiser: the public API stays without them, the internal code still reaches them.
 *
 * @param <T> what is lent
 */
public final class Installed<T> {
  private final Class<?> owner;
  private volatile @Nullable T value;

  /** Lent by {@code owner}, which calls {@link #install} when it is initialised. */
  public Installed(Class<?> owner) {
    this.owner = owner;
  }

  /** Called once, by the owner's static initialiser; later calls are ignored. */
  public synchronized void install(T lent) {
    if (value == null) {
      value = lent;
    }
  }

  /** What the owner lent; initialises the owner first if nothing did yet. */
  public T get() {
    T lent = value;
    if (lent == null) {
      try {
        Class.forName(owner.getName(), true, owner.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      lent = value;
      if (lent == null) {
        throw new IllegalStateException(owner.getSimpleName() + " did not install what it lends");
      }
    }
    return lent;
  }
}

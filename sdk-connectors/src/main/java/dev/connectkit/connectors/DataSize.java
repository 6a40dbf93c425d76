package dev.connectkit.connectors;

import org.jspecify.annotations.Nullable;

/**
 * An amount of bytes, for size properties such as {@code buffer.size.bytes}.
 *
 * <!-- example runs -->
 * <pre>{@code
 * DataSize buffer = DataSize.ofMegabytes(20);   // 20,000,000 bytes
 * buffer.toBytes();   // 20000000
 * }</pre>
 */
public final class DataSize implements Comparable<DataSize> {
  private final long bytes;

  private DataSize(long bytes) {
    this.bytes = bytes;
  }

  /**
   * {@code bytes} bytes.
   *
   * @throws IllegalArgumentException if negative
   */
  public static DataSize ofBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("size must not be negative: " + bytes);
    }
    return new DataSize(bytes);
  }

  /** {@code kb} decimal kilobytes (1000 bytes each). */
  public static DataSize ofKilobytes(long kb) {
    return ofBytes(Math.multiplyExact(kb, 1000L));
  }

  /** {@code mb} decimal megabytes (1,000,000 bytes each), as Confluent's docs count them. */
  public static DataSize ofMegabytes(long mb) {
    return ofBytes(Math.multiplyExact(mb, 1_000_000L));
  }

  /** The size in bytes. */
  public long toBytes() {
    return bytes;
  }

  @Override
  public int compareTo(DataSize other) {
    return Long.compare(bytes, other.bytes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DataSize other && other.bytes == bytes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bytes);
  }

  /** For example {@code 10000000 bytes}. */
  @Override
  public String toString() {
    return bytes + " bytes";
  }
}

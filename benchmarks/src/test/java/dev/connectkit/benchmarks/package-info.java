/** Tests of the benchmark harness. */
@NullMarked
package dev.connectkit.benchmarks;

import org.jspecify.annotations.NullMarked;

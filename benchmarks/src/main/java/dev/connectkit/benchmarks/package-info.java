/**
 * JMH benchmarks and the harness around them: a canned-response server for its own pinned JVM, contestants that all
 * decode every response into typed objects, a check that proves it, and mains for wait latency, watch scale and cold
 * start. See {@code benchmarks/README.md}.
 */
@NullMarked
package dev.connectkit.benchmarks;

import org.jspecify.annotations.NullMarked;

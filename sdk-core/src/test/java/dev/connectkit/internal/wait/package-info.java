@org.jspecify.annotations.NullMarked
package dev.connectkit.internal.wait;

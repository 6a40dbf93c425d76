@NullMarked
package dev.connectkit.testing;

import org.jspecify.annotations.NullMarked;

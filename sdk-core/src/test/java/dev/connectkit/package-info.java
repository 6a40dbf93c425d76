@NullMarked
package dev.connectkit;

import org.jspecify.annotations.NullMarked;

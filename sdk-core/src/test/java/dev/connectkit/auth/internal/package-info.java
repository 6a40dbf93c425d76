@NullMarked
package dev.connectkit.auth.internal;

import org.jspecify.annotations.NullMarked;

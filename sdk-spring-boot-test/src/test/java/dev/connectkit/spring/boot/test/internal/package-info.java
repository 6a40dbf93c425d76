@NullMarked
package dev.connectkit.spring.boot.test.internal;

import org.jspecify.annotations.NullMarked;

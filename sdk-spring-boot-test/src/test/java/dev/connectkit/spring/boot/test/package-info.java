@NullMarked
package dev.connectkit.spring.boot.test;

import org.jspecify.annotations.NullMarked;

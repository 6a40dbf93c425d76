package dev.connectkit.spring.boot.test.internal;

import dev.connectkit.spring.boot.test.AutoConfigureFakeConnectorApi;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Finds {@link AutoConfigureFakeConnectorApi} on a test class (or an enclosing or meta-annotation). */
public final class FakeConnectorApiContextCustomizerFactory implements ContextCustomizerFactory {
  @Override
  public @Nullable ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureFakeConnectorApi annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureFakeConnectorApi.class);
    if (annotation == null) {
      return null;
    }
    return new FakeConnectorApiContextCustomizer(annotation);
  }
}

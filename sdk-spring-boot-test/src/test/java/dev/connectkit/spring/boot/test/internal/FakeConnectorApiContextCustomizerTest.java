package dev.connectkit.spring.boot.test.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.spring.boot.test.AutoConfigureFakeConnectorApi;
import dev.connectkit.testing.FakeConnectorApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.AnnotationConfigContextLoader;

/** The fake lives exactly as long as its application context, including one that fails to start. */
class FakeConnectorApiContextCustomizerTest {
  @AutoConfigureFakeConnectorApi
  static final class Annotated {}

  private static URI customize(GenericApplicationContext context) {
    new FakeConnectorApiContextCustomizer(
        Objects.requireNonNull(Annotated.class.getAnnotation(AutoConfigureFakeConnectorApi.class)))
        .customizeContext(context, new MergedContextConfiguration(
            Annotated.class, new String[0], new Class<?>[0], new String[0], new AnnotationConfigContextLoader()));
    FakeConnectorApi fake = (FakeConnectorApi) Objects.requireNonNull(
        context.getBeanFactory().getSingleton("fakeConnectorApi"));
    return URI.create(fake.baseUrl());
  }

  @Test
  void theFakeStopsWhenTheContextFailsToStart() {
    GenericApplicationContext context = new GenericApplicationContext();
    URI url = customize(context);
    assertThat(answers(url)).as("the fake listens while the context starts").isTrue();
    context.registerBean("broken", Object.class, () -> {
      throw new IllegalStateException("a bean of the application that fails");
    });

    assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class);
    assertThat(answers(url)).as("the fake was stopped with the failed context").isFalse();
  }

  @Test
  void theFakeStopsWhenTheContextCloses() {
    GenericApplicationContext context = new GenericApplicationContext();
    URI url = customize(context);
    context.refresh();
    assertThat(answers(url)).isTrue();
    context.close();
    assertThat(answers(url)).isFalse();
  }

  private static boolean answers(URI url) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

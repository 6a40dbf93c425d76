package dev.connectkit.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.internal.Responses;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class WireJsonTest {
  private final JsonAdapter<Connector> connectors = WireJson.MOSHI.adapter(Connector.class);
  private final JsonAdapter<ConnectorStatus> statuses = WireJson.MOSHI.adapter(ConnectorStatus.class);
  private final JsonAdapter<List<ConnectorInfo>> lists =
      WireJson.MOSHI.adapter(Types.newParameterizedType(List.class, ConnectorInfo.class));

  private static <T> T decode(JsonAdapter<T> adapter, String json) throws IOException {
    return Objects.requireNonNull(adapter.fromJson(json.replace('\'', '"')));
  }

  @Test
  void connectorDecodesEveryFieldAndSkipsUnknownOnes() throws IOException {
    Connector c = decode(connectors, "{'name':'a','type':'sink','extra':{'x':[1,2]},"
        + "'config':{'k1':'v1','k2':'v2'},'tasks':[{'connector':'a','task':0},{'connector':'a','task':1}]}");
    assertEquals(Responses.factory().connector("a", ConnectorType.SINK, Map.of("k1", "v1", "k2", "v2"), List.of(0, 1)), c);
  }

  @Test
  void connectorWithoutNameTypeConfigOrTasksDecodesToEmptyValues() throws IOException {
    Connector c = decode(connectors, "{'name':null,'type':null,'config':null,'tasks':null}");
    assertEquals(Responses.factory().connector("", ConnectorType.UNKNOWN, Map.of(), List.of()), c);
    assertEquals("x", WireMapper.named(c, "x").name());
    Connector named = decode(connectors, "{'name':'a'}");
    assertSame(named, WireMapper.named(named, "x"));
  }

  @Test
  void nullConfigValuesAreDroppedAndTheMapIsNotCopiedAgain() throws IOException {
    Connector c = decode(connectors, "{'name':'a','config':{'k':'v','gone':null}}");
    assertEquals(Map.of("k", "v"), c.config());
    assertSame(c.config(), Responses.factory().connector("b", c.type(), c.config(), c.taskIds()).config());
  }

  @Test
  void aConfigKeyTwiceIsATypedDecodeError() {
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> decode(connectors, "{'config':{'k':'1','k':'2'}}"));
    assertTrue(String.valueOf(e.getMessage()).contains("key twice"), e.getMessage());
  }

  @Test
  void mixedCaseTypeAndUnknownTypeAreRead() throws IOException {
    assertEquals(ConnectorType.SOURCE, decode(connectors, "{'type':'Source'}").type());
    assertEquals(ConnectorType.UNKNOWN, decode(connectors, "{'type':'other'}").type());
  }

  @Test
  void statusDecodesConnectorAndTasksInIdOrder() throws IOException {
    ConnectorStatus s = decode(statuses, "{'name':'a','type':'source',"
        + "'connector':{'state':'RUNNING','worker_id':'w1','trace':''},"
        + "'tasks':[{'id':2,'state':'FAILED','worker_id':'w2','trace':'boom'},"
        + "{'id':0,'state':'RUNNING','worker_id':'w1'},{'id':1,'state':'running','worker_id':'w1','msg':'m',"
        + "'trace':'t'}]}");
    assertEquals(
        Responses.factory().status("a", ConnectorType.SOURCE, ConnectorState.RUNNING, "w1", "", List.of(
            Responses.factory().task(0, TaskState.RUNNING, "w1", ""),
            Responses.factory().task(1, TaskState.RUNNING, "w1", "m"),
            Responses.factory().task(2, TaskState.FAILED, "w2", "boom"))),
        s);
  }

  @Test
  void statusWithoutConnectorIsNoneAndTaskWithoutStateIsUnassigned() throws IOException {
    ConnectorStatus s = decode(statuses, "{'connector':null,'tasks':[{'id':0}]}");
    assertEquals(ConnectorState.NONE, s.state());
    assertEquals("", s.name());
    assertEquals(List.of(Responses.factory().task(0, TaskState.UNASSIGNED, "", "")), s.tasks());
    assertEquals("x", WireMapper.named(s, "x").name());
  }

  @Test
  void unknownStatesAreKeptAsTheServerSentThem() throws IOException {
    ConnectorStatus s = decode(statuses, "{'connector':{'state':'HIBERNATING'},'tasks':[{'id':0,'state':'NAPPING'}]}");
    assertEquals("HIBERNATING", s.state().value());
    assertTrue(!s.state().isKnown());
    assertEquals("NAPPING", s.tasks().get(0).state().value());
  }

  @Test
  void listDecodesEntriesOrderedByNameWithIdInfoAndStatus() throws IOException {
    List<ConnectorInfo> list = decode(lists, "{"
        + "'b':{'id':{'id':'lcc-2','id_type':'ID'},'info':{'name':'b','type':'sink','config':{'k':'v'}},"
        + "'status':{'name':'b','type':'sink','connector':{'state':'PAUSED','worker_id':'w'},'tasks':[]}},"
        + "'a':{'info':{'type':'source','config':{}},'status':{'connector':{'state':'RUNNING'}}},"
        + "'gone':null,"
        + "'c':{'status':{'type':'sink','connector':{'state':'FAILED','trace':'t'}}}}");
    assertEquals(3, list.size());
    ConnectorInfo a = list.get(0);
    assertEquals("a", a.name());
    assertEquals(ConnectorType.SOURCE, a.type());
    assertTrue(a.id().isEmpty());
    assertEquals("a", a.status().name(), "a status without a name takes the entry's");
    assertEquals(ConnectorState.RUNNING, a.status().state());
    ConnectorInfo b = list.get(1);
    assertEquals("lcc-2", b.id().orElseThrow());
    assertEquals(Map.of("k", "v"), b.config());
    assertEquals(ConnectorState.PAUSED, b.status().state());
    ConnectorInfo c = list.get(2);
    assertEquals(ConnectorType.SINK, c.type(), "without info the type comes from the status");
    assertEquals("t", c.status().trace());
  }

  @Test
  void listEntryWithoutStatusIsNone() throws IOException {
    ConnectorInfo only = decode(lists, "{'a':{'info':{'type':'sink'}}}").get(0);
    assertEquals(ConnectorState.NONE, only.status().state());
    assertEquals(ConnectorType.SINK, only.type());
  }

  @Test
  void decodedValuesAreNeverSentBack() {
    assertThrows(UnsupportedOperationException.class, () -> connectors.toJson(Responses.factory().connector(
        "a", ConnectorType.SINK, Map.of(), List.of())));
  }
}

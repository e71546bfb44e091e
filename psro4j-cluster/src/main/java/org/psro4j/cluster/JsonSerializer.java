package org.psro4j.cluster;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer.None;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.NotSerializableException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.SerializerWithStringManifest;

/**
 * Pekko serializer for {@link ClusterMessage} records: Jackson JSON, the record's class name as
 * manifest (only classes implementing {@link ClusterMessage} are accepted back), actor references
 * as their serialized paths, byte arrays (weight blobs) as base64.
 */
public final class JsonSerializer extends SerializerWithStringManifest {

  private static final int IDENTIFIER = 0x70_73_72_6f; // "psro"

  private final ObjectMapper mapper;
  private final ConcurrentHashMap<String, Class<?>> classes = new ConcurrentHashMap<>();

  /** Called by Pekko with the member's actor system. */
  public JsonSerializer(ExtendedActorSystem system) {
    ActorRefResolver resolver = ActorRefResolver.get(Adapter.toTyped(system));
    SimpleModule refs = new SimpleModule("pekko-refs");
    refs.addSerializer(
        ActorRef.class,
        new com.fasterxml.jackson.databind.JsonSerializer<ActorRef>() {
          @Override
          public void serialize(ActorRef value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(resolver.toSerializationFormat(value));
          }
        });
    refs.addDeserializer(
        ActorRef.class,
        new JsonDeserializer<ActorRef>() {
          @Override
          public ActorRef deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return resolver.resolveActorRef(p.getValueAsString());
          }
        });
    this.mapper =
        JsonMapper.builder()
            .addModule(refs)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
  }

  @Override
  public int identifier() {
    return IDENTIFIER;
  }

  @Override
  public String manifest(Object o) {
    return o.getClass().getName();
  }

  @Override
  public byte[] toBinary(Object o) {
    if (!(o instanceof ClusterMessage)) {
      throw new IllegalArgumentException(o.getClass().getName() + " is not a ClusterMessage");
    }
    try {
      return mapper.writeValueAsBytes(o);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + o.getClass().getName(), e);
    }
  }

  @Override
  public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
    Class<?> type = classes.computeIfAbsent(manifest, JsonSerializer::messageClass);
    if (type == None.class) {
      throw new NotSerializableException("not a psro4j cluster message: " + manifest);
    }
    try {
      return mapper.readValue(bytes, type);
    } catch (IOException e) {
      NotSerializableException n = new NotSerializableException(manifest + ": " + e.getMessage());
      n.initCause(e);
      throw n;
    }
  }

  // Only our own message records may be instantiated from the wire.
  private static Class<?> messageClass(String name) {
    try {
      Class<?> c = Class.forName(name, false, JsonSerializer.class.getClassLoader());
      return ClusterMessage.class.isAssignableFrom(c) ? c : None.class;
    } catch (ClassNotFoundException e) {
      return None.class;
    }
  }
}

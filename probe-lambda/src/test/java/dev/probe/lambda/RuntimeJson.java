package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Sends events and responses through JSON with the Lambda runtime's own serializer. */
final class RuntimeJson {
  private RuntimeJson() {}

  static <T> T roundTrip(T value, Class<T> type) {
    return read(write(value, type), type);
  }

  static <T> String write(T value, Class<T> type) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    serializer(type).toJson(value, json);
    return json.toString(StandardCharsets.UTF_8);
  }

  static <T> T read(String json, Class<T> type) {
    return serializer(type).fromJson(json);
  }

  private static <T> PojoSerializer<T> serializer(Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, RuntimeJson.class.getClassLoader());
  }
}

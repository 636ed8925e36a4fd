package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a packaged handler as the Lambda runtime does, in a JVM whose class path is only the
 * deployment package, the runtime's serializer and this class: the handler is created by name with
 * its no-argument constructor (so it wires itself from the environment), events are read from JSON
 * by the runtime's serializer and responses written back to JSON.
 *
 * <p>Arguments: {@code http|rest [--repeat=N] EVENT.json…}. Each invocation prints one line {@code
 * RESULT <nanoseconds> <process CPU nanoseconds so far> <response JSON>}; {@code READY
 * <nanoseconds>} after the constructor.
 */
public final class PackagedHandlerMain {
  private PackagedHandlerMain() {}

  public static void main(String[] args) throws Exception {
    boolean rest = args[0].equals("rest");
    int repeat = 1;
    List<Path> events = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--repeat=")) {
        repeat = Integer.parseInt(args[i].substring("--repeat=".length()));
      } else {
        events.add(Path.of(args[i]));
      }
    }
    String handlerName =
        rest ? "dev.probe.lambda.RestApiHandler" : "dev.probe.lambda.HttpApiHandler";
    String eventName =
        "com.amazonaws.services.lambda.runtime.events."
            + (rest ? "APIGatewayProxyRequestEvent" : "APIGatewayV2HTTPEvent");
    String responseName =
        "com.amazonaws.services.lambda.runtime.events."
            + (rest ? "APIGatewayProxyResponseEvent" : "APIGatewayV2HTTPResponse");
    ClassLoader loader = PackagedHandlerMain.class.getClassLoader();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    long start = System.nanoTime();
    @SuppressWarnings("unchecked")
    RequestHandler<Object, Object> handler =
        (RequestHandler<Object, Object>)
            Class.forName(handlerName, true, loader).getConstructor().newInstance();
    out.println("READY " + (System.nanoTime() - start));
    PojoSerializer<Object> in = serializer(eventName, loader);
    PojoSerializer<Object> back = serializer(responseName, loader);
    for (Path event : events) {
      String json = Files.readString(event);
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        Object response = handler.handleRequest(in.fromJson(json), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        back.toJson(response, bytes);
        long took = System.nanoTime() - t0;
        out.println(
            "RESULT " + took + " " + cpuNanos() + " " + bytes.toString(StandardCharsets.UTF_8));
      }
    }
    System.exit(0); // the pool's threads would keep a real execution environment alive too
  }

  /**
   * CPU time of the whole process (all threads: JIT, GC, …), which a loaded machine does not
   * inflate.
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  @SuppressWarnings("unchecked")
  private static PojoSerializer<Object> serializer(String className, ClassLoader loader)
      throws ClassNotFoundException {
    return (PojoSerializer<Object>)
        (PojoSerializer<?>)
            LambdaEventSerializers.serializerFor(Class.forName(className, true, loader), loader);
  }
}

package dev.probe.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Method + path template → handler. The first matching line wins; order is registration order. */
final class RouteTable {
  /** A lookup's outcome: the route and its parameters, or the methods the path does allow. */
  record Match(Route route, Map<String, String> params, List<String> allowed) {
    boolean found() {
      return route != null;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  RouteTable add(String method, String path, Access access, Handler handler) {
    routes.add(new Route(method, PathTemplate.of(path), access, handler));
    return this;
  }

  /** A page and its JSON twin: {@code /plays} and {@code /api/plays}, one handler. */
  RouteTable page(String path, Handler handler) {
    add("GET", path, Access.READ, handler);
    return add("GET", path.equals("/") ? "/api/dashboard" : "/api" + path, Access.READ, handler);
  }

  List<Route> routes() {
    return List.copyOf(routes);
  }

  Match match(String method, String path) {
    String m = method.equals("HEAD") ? "GET" : method;
    TreeSet<String> allowed = new TreeSet<>();
    for (Route r : routes) {
      Optional<Map<String, String>> params = r.path().match(path);
      if (params.isPresent()) {
        if (r.method().equals(m)) {
          return new Match(r, params.get(), List.of());
        }
        allowed.add(r.method());
      }
    }
    return new Match(null, Map.of(), List.copyOf(allowed));
  }
}

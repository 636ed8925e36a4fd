package dev.probe.web;

/** Routes every deployment has whatever its data: static files, sign-in and sign-out. */
final class CoreRoutes {
  /** The sign-in form's model. */
  record LoginView(String next, boolean failed) {}

  private final StaticAssets assets;
  private final OwnerAuth auth;

  CoreRoutes(StaticAssets assets, OwnerAuth auth) {
    this.assets = assets;
    this.auth = auth;
  }

  void addTo(RouteTable table) {
    table.add("GET", "/static/{file}", Access.OPEN, this::staticFile);
    table.add("GET", "/favicon.ico", Access.OPEN, c -> Reply.redirect(assets.path("favicon.svg")));
    table.add("GET", "/login", Access.OPEN, this::loginForm);
    table.add("POST", "/login", Access.OPEN, this::login);
    table.add("POST", "/logout", Access.WRITE, this::logout);
  }

  private Reply staticFile(Call call) {
    String file = call.param("file");
    StaticAssets.Asset a =
        assets
            .find(file)
            .orElseThrow(
                () -> dev.probe.core.domain.ProbeException.notFound("no static file " + file));
    return Reply.asset(
        a, assets.isCurrent(file) ? StaticAssets.IMMUTABLE : StaticAssets.REVALIDATE);
  }

  private Reply loginForm(Call call) {
    return Reply.view(
        "login.jte", "login.title", new LoginView(safeNext(call.query("next").orElse("/")), false));
  }

  private Reply login(Call call) {
    Form form = call.form();
    String next = safeNext(form.field("next").orElse("/"));
    String token = form.field("token").orElse("");
    if (!auth.tokenMatches(token.strip())) {
      return Reply.view("login.jte", "login.title", new LoginView(next, true)).withStatus(403);
    }
    return Reply.redirect(next).withCookie(auth.setCookie(auth.newSession(), call.origin()));
  }

  private Reply logout(Call call) {
    return Reply.redirect("/login").withCookie(auth.clearCookie(call.origin()));
  }

  /** Only a path inside the app: never another host ({@code //evil}, {@code https:}). */
  static String safeNext(String next) {
    if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
      return "/";
    }
    return next;
  }
}

package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.web.WebApplication;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warm-up asks only for what anybody may see, and nothing that reads the archive. */
class ColdStartWarmupTest {

  @Test
  void asksAnonymouslyForReadsOnlyAndForNoPageThatReadsTheArchiveWhenReadsArePublic() {
    List<WebRequest> asked = new ArrayList<>();
    WebApplication recorder =
        request -> {
          asked.add(request);
          return new WebResponse(200, Map.of(), new byte[0]);
        };

    ColdStartWarmup.askPublicPages(recorder, false);
    assertThat(asked).extracting(WebRequest::path).containsExactly("/static/app.css", "/login");
    assertThat(asked).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
    assertThat(asked).allSatisfy(r -> assertThat(r.header("authorization")).isEmpty());

    asked.clear();
    ColdStartWarmup.askPublicPages(recorder, true);
    assertThat(asked).extracting(WebRequest::path).containsExactly("/static/app.css");
  }
}

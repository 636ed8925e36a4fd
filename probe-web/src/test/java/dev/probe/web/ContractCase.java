package dev.probe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One line of the contract table: a request and what its answer must show. Header expectations are
 * substrings of the header's value; {@code null} means the header must be absent.
 */
public final class ContractCase {
  private final String name;
  private final Supplier<WebRequest> request;
  private int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<String> contains = new java.util.ArrayList<>();
  private final List<String> absent = new java.util.ArrayList<>();

  private ContractCase(String name, Supplier<WebRequest> request) {
    this.name = name;
    this.request = request;
  }

  public static ContractCase of(String name, ContractRequest request) {
    return new ContractCase(name, request::build);
  }

  public ContractCase status(int expected) {
    this.status = expected;
    return this;
  }

  public ContractCase header(String header, String containing) {
    headers.put(header.toLowerCase(java.util.Locale.ROOT), containing);
    return this;
  }

  public ContractCase noHeader(String header) {
    headers.put(header.toLowerCase(java.util.Locale.ROOT), null);
    return this;
  }

  public ContractCase contains(String text) {
    contains.add(text);
    return this;
  }

  public ContractCase lacks(String text) {
    absent.add(text);
    return this;
  }

  public WebRequest request() {
    return request.get();
  }

  public void check(WebResponse r) {
    String body = ContractResponses.text(r);
    assertThat(r.status()).as(name + " status; body: " + abbreviate(body)).isEqualTo(status);
    headers.forEach(
        (h, v) -> {
          if (v == null) {
            assertThat(r.header(h)).as(name + " header " + h).isEmpty();
          } else {
            assertThat(r.header(h)).as(name + " header " + h).isPresent();
            assertThat(String.join(", ", r.headers().get(h))).as(name + " header " + h).contains(v);
          }
        });
    for (String c : contains) {
      assertThat(body).as(name + " body").contains(c);
    }
    for (String a : absent) {
      assertThat(body).as(name + " body").doesNotContain(a);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  @Override
  public String toString() {
    return name;
  }
}

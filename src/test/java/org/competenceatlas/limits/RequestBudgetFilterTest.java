package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBudgetFilterTest {

  private final RequestBudgetFilter filter =
      new RequestBudgetFilter(new RequestBudgetProperties(true, 1, 3, 1000));

  @Test
  void aClientOverItsBudgetGets429WithRetryAfterAndTheRequestGoesNoFurther() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send("192.0.2.1").getStatus()).isEqualTo(200);
    }
    var chain = new MockFilterChain();
    var response = new MockHttpServletResponse();
    filter.doFilter(request("192.0.2.1"), response, chain);

    assertThat(response.getStatus()).isEqualTo(429);
    assertThat(response.getHeader("Retry-After")).isEqualTo("1");
    assertThat(response.getContentAsString())
        .contains("\"classification\":\"TOO_MANY_REQUESTS\"", "\"retryAfterSeconds\":1");
    assertThat(chain.getRequest()).as("not passed on").isNull();
  }

  @Test
  void anotherClientKeepsItsOwnBudget() throws Exception {
    for (int i = 0; i < 4; i++) {
      send("192.0.2.1");
    }

    assertThat(send("192.0.2.2").getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse send(String address) throws Exception {
    var response = new MockHttpServletResponse();
    filter.doFilter(request(address), response, new MockFilterChain());
    return response;
  }

  private static MockHttpServletRequest request(String address) {
    var request = new MockHttpServletRequest("POST", "/graphql");
    request.setRemoteAddr(address);
    return request;
  }
}

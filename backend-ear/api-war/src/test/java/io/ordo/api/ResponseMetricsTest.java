package io.ordo.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class ResponseMetricsTest {

    @Path("/orders/")
    static class Resource {
        @POST
        public void place() {
        }

        @GET
        @Path("{id}")
        public void read() {
        }

        @POST
        @Path("/{id}/cancel/")
        public void cancel() {
        }
    }

    static class NoPath {
        @GET
        public void get() {
        }
    }

    @Test
    void an_endpoint_is_named_by_its_route_template_not_its_concrete_path() throws NoSuchMethodException {
        assertThat(ResponseMetrics.template(Resource.class.getMethod("place"))).isEqualTo("/orders");
        assertThat(ResponseMetrics.template(Resource.class.getMethod("read"))).isEqualTo("/orders/{id}");
        assertThat(ResponseMetrics.template(Resource.class.getMethod("cancel"))).isEqualTo("/orders/{id}/cancel");
        assertThat(ResponseMetrics.template(NoPath.class.getMethod("get"))).isEqualTo("/");
    }
}

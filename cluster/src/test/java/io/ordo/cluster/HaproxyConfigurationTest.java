package io.ordo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HaproxyConfigurationTest {

    private static final Map<String, Integer> SERVERS = new LinkedHashMap<>(Map.of("liberty-1", 9081));

    static {
        SERVERS.put("liberty-2", 9082);
        SERVERS.put("liberty-3", 9083);
    }

    @Test
    void every_server_is_balanced_round_robin_and_checked_for_readiness() {
        String config = Haproxy.configuration(8080, 8081, SERVERS);

        assertThat(config).contains("bind 127.0.0.1:8080", "balance roundrobin", "option httpchk GET /health/ready",
                "http-check expect status 200", "bind 127.0.0.1:8081");
        assertThat(config.lines().filter(line -> line.trim().startsWith("server ")).map(String::trim).toList())
                .containsExactly("server liberty-1 127.0.0.1:9081 check", "server liberty-2 127.0.0.1:9082 check",
                        "server liberty-3 127.0.0.1:9083 check");
    }

    @Test
    void answers_name_their_server_and_requests_are_not_upgraded_to_a_tunnel() {
        String config = Haproxy.configuration(8080, 8081, SERVERS);

        assertThat(config).contains("http-response set-header " + Haproxy.SERVER_HEADER + " %[srv_name]",
                "http-request del-header Upgrade if { req.hdr(Upgrade) -m sub -i h2c }");
    }

    @Test
    void a_failed_connection_is_retried_on_another_server() {
        assertThat(Haproxy.configuration(8080, 8081, SERVERS)).contains("retries 3", "option redispatch 1");
    }

    @Test
    void statistics_rows_give_each_server_its_state() {
        String csv = String.join("\n",
                "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status",
                "ordo,FRONTEND,,,0,1,4000,3,0,0,0,0,0,,,,,OPEN",
                "liberty,liberty-1,0,0,0,1,,1,0,0,,0,,0,0,0,0,UP",
                "liberty,liberty-2,0,0,0,1,,1,0,0,,0,,0,0,0,0,DOWN",
                "liberty,BACKEND,0,0,0,1,400,2,0,0,0,0,,0,0,0,0,UP");

        List<String[]> rows = Haproxy.parseStats(csv);

        assertThat(rows).extracting(row -> row[1] + "=" + row[17]).containsExactly("liberty-1=UP", "liberty-2=DOWN");
    }
}

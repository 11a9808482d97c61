package io.ordo.it;

import java.util.Map;
import java.util.function.Function;

/**
 * Points the server under test at a RabbitMQ instead of the dev stack's embedded Artemis, for
 * {@code ./mvnw -Prabbitmq -pl integration-tests -am verify}. The broker is one already running
 * (e.g. {@code deploy/rabbitmq/run-local.sh}) with the topology of
 * {@code deploy/rabbitmq/definitions.json}; it is found through environment variables:
 *
 * <ul>
 *   <li>{@code ORDO_IT_RABBITMQ_HOST} (default {@code localhost}), {@code ORDO_IT_RABBITMQ_PORT}
 *       ({@code 5672});</li>
 *   <li>{@code ORDO_IT_RABBITMQ_USERNAME}, {@code ORDO_IT_RABBITMQ_PASSWORD}
 *       ({@code guest}/{@code guest});</li>
 *   <li>{@code ORDO_IT_RABBITMQ_ADDRESSES}: {@code v1} for RabbitMQ 3.x with the AMQP 1.0 plugin
 *       ({@code /exchange/...}, {@code /amq/queue/...}, the default), {@code v2} for RabbitMQ 4
 *       ({@code /exchanges/...}, {@code /queues/...}).</li>
 * </ul>
 *
 * The embedded Artemis still starts (the dev stack always starts one) but nothing uses it.
 */
final class RabbitMqBroker {

    static final String SELECTED = "rabbitmq";

    private RabbitMqBroker() {
    }

    static boolean selected() {
        return SELECTED.equals(System.getProperty("ordo.it.broker"));
    }

    /** A configDropins/overrides file: read after the dev stack's own, so its values win. */
    static String serverOverrides(Map<String, String> environment) {
        Function<String, String> env = name -> environment.getOrDefault(name, "");
        String addresses = or(env.apply("ORDO_IT_RABBITMQ_ADDRESSES"), "v1");
        String exchange = switch (addresses) {
            case "v1" -> "/exchange/ordo.events";
            case "v2" -> "/exchanges/ordo.events";
            default -> throw new IllegalArgumentException("ORDO_IT_RABBITMQ_ADDRESSES is v1 or v2, not " + addresses);
        };
        String queuePrefix = addresses.equals("v1") ? "/amq/queue/" : "/queues/";
        // RabbitMQ 3.x's AMQP 1.0 plugin does not know the "modified" outcome: it closes the
        // session instead (the message comes back only because the link dies). "released" it
        // knows: the message is requeued at once. RabbitMQ 4 handles "modified" as Artemis does.
        String failureStrategy = addresses.equals("v1") ? "release" : "modified-failed";
        StringBuilder strategies = new StringBuilder();
        for (String channel : new String[] {"ordering", "inventory", "payments", "reporting"}) {
            strategies.append("  <variable name=\"mp.messaging.incoming.").append(channel)
                    .append(".failure-strategy\" value=\"").append(failureStrategy).append("\"/>\n");
        }
        return """
                <server>
                  <variable name="ordo.amqp.host" value="%s"/>
                  <variable name="ordo.amqp.port" value="%s"/>
                  <variable name="ordo.amqp.username" value="%s"/>
                  <variable name="ordo.amqp.password" value="%s"/>
                  <variable name="ordo.events.address" value="%s"/>
                  <variable name="ordo.events.ordering-queue" value="%sordo.events.ordering"/>
                  <variable name="ordo.events.inventory-queue" value="%sordo.events.inventory"/>
                  <variable name="ordo.events.payments-queue" value="%sordo.events.payments"/>
                  <variable name="ordo.events.reporting-queue" value="%sordo.events.reporting"/>
                %s</server>
                """.formatted(
                or(env.apply("ORDO_IT_RABBITMQ_HOST"), "localhost"),
                or(env.apply("ORDO_IT_RABBITMQ_PORT"), "5672"),
                or(env.apply("ORDO_IT_RABBITMQ_USERNAME"), "guest"),
                or(env.apply("ORDO_IT_RABBITMQ_PASSWORD"), "guest"),
                exchange, queuePrefix, queuePrefix, queuePrefix, queuePrefix, strategies);
    }

    private static String or(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }
}

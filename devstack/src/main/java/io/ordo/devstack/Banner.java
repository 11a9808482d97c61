package io.ordo.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a developer needs once the stack is up: every URL, where the secrets are, a first curl. */
final class Banner {

    private static final String RULE = "=".repeat(100);

    private Banner() {
    }

    static String render(DevStack stack, DataFolder folder) {
        String http = stack.httpUrl().toString();
        String https = stack.httpsUrl().toString();
        DemoCredentials credentials = stack.credentials();
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        boolean libertyRunning = stack.liberty().map(LibertyInstance::isRunning).orElse(false);
        lines.add(libertyRunning ? " Ordo is running." : " Ordo's services are running; Liberty is not started.");
        if (folder.isFallback()) {
            lines.add(" !! " + folder.preferred() + " is in use by another dev stack: this one runs in the");
            lines.add(" !! temporary folder " + folder.path() + " (deleted on exit).");
        }
        lines.add("");
        if (libertyRunning) {
            lines.add(row("API", http + "/api/v1    " + https + "/api/v1"));
            lines.add(row("OpenAPI", http + "/openapi/ui    (document: " + http + "/openapi)"));
            lines.add(row("TLS", "certificate for localhost; trust store " + stack.trustStore()
                    + " (password " + DevCertificate.TRUST_STORE_PASSWORD + ")"));
            lines.add(row("Health", http + "/health"));
            lines.add(row("Metrics", http + "/metrics"));
        }
        lines.add(row("Sandbox", stack.sandbox().baseUri().toString()));
        lines.add(row("PostgreSQL", stack.postgres().jdbcUrl() + "    user " + stack.postgres().user()
                + ", password in " + stack.postgres().dataDirectory().resolve(PostgresService.ROLE_FILE)));
        lines.add(row("AMQP", stack.broker().amqpUrl() + "    events on " + BrokerService.EVENTS_ADDRESS
                + ", dead letters on " + BrokerService.DEAD_LETTER_QUEUE));
        lines.add(row("Credentials", credentials.file().toString()));
        lines.add(row("", "users " + credentials.adminUser() + " and " + credentials.staffUser()
                + ", storefront client id " + credentials.storefrontClientId()));
        stack.liberty().ifPresent(liberty -> {
            lines.add(row("Logs", liberty.consoleLogFile() + "    " + liberty.logsDirectory().resolve("messages.log")));
            if (!liberty.isRunning()) {
                lines.add("");
                lines.add(" Liberty is prepared for " + http + " and " + https + "; start it with");
                lines.add("   WLP_USER_DIR=" + liberty.usrDirectory() + " WLP_OUTPUT_DIR=" + liberty.outputDirectory()
                        + " " + liberty.wlpHome().resolve("bin").resolve("server") + " run " + LibertyInstance.SERVER_NAME);
            }
        });
        lines.add(row("Data", stack.dataDirectory() + "    (delete it to start afresh)"));
        if (libertyRunning) {
            lines.add("");
            lines.add(" A storefront token:");
            lines.add("   " + tokenCurl(stack));
        }
        lines.add("");
        lines.add(" Ctrl-C stops everything.");
        lines.add(RULE);
        return String.join(System.lineSeparator(), lines);
    }

    static String tokenCurl(DevStack stack) {
        DemoCredentials credentials = stack.credentials();
        return "curl -s -X POST -d grant_type=client_credentials -d client_id=" + credentials.storefrontClientId()
                + " -d client_secret=" + credentials.storefrontSecret() + " " + stack.httpUrl() + "/api/v1/oauth/token";
    }

    private static String row(String label, String value) {
        return String.format(" %-12s %s", label, value);
    }

    static String folderInUseWarning(DataFolder folder) {
        Path preferred = folder.preferred();
        return String.join(System.lineSeparator(),
                RULE,
                " !! The data folder " + preferred + " is locked by another running dev stack.",
                " !! Starting this one in a fresh temporary folder instead: " + folder.path(),
                " !! It has its own database, broker and ports, starts empty, and is deleted on exit.",
                RULE);
    }
}

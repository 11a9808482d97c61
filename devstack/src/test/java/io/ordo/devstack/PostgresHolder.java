package io.ordo.devstack;

import java.nio.file.Path;

/** A dev stack JVM that starts PostgreSQL and then waits to be killed without cleaning up. */
public final class PostgresHolder {

    private PostgresHolder() {
    }

    public static void main(String[] args) throws Exception {
        PostgresService postgres = PostgresService.start(Path.of(args[0]));
        System.out.println("port " + postgres.port());
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for kill -9
        }
    }
}

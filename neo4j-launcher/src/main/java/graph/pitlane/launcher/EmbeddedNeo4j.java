package graph.pitlane.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in-process with Bolt on 127.0.0.1 only and authentication off.
 *
 * Usage: EmbeddedNeo4j <data-dir> <bolt-port>
 *
 * Protocol with the parent process (the Node app or test run):
 *  - prints one line "PITLANE_NEO4J_READY bolt://127.0.0.1:<port>" on stdout once Bolt accepts connections;
 *  - shuts down cleanly and exits as soon as its stdin closes. The parent keeps stdin open as a pipe,
 *    so whatever way the parent dies (Ctrl-C, SIGTERM, crash, SIGKILL) the pipe closes and the JVM follows.
 */
public final class EmbeddedNeo4j {
    static final String READY_MARKER = "PITLANE_NEO4J_READY";

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedNeo4j <data-dir> <bolt-port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        SocketAddress bolt = new SocketAddress("127.0.0.1", port);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Loopback only, so no authentication: anyone who can reach this port is already on the machine.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                try {
                    service.shutdown();
                } finally {
                    stopped.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown-hook"));

        // Make sure the default database is up before announcing readiness.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println(READY_MARKER + " bolt://127.0.0.1:" + port);
        System.out.flush();

        Thread watchdog = new Thread(() -> {
            waitForEndOfInput(System.in);
            stop.run();
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        stopped.await();
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // The parent never writes; anything it does write is ignored.
            }
        } catch (IOException closed) {
            // A broken pipe means the parent is gone, which is what we wait for.
        }
    }
}

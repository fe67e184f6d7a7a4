package graph.pitlane.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 *  - if another process holds the store's lock, prints "PITLANE_NEO4J_LOCKED <lock file>" and exits 3 at
 *    once (Neo4j itself would retry for tens of seconds and then fail with a stack trace);
 *  - shuts down cleanly and exits as soon as its stdin closes. The parent keeps stdin open as a pipe,
 *    so whatever way the parent dies (Ctrl-C, SIGTERM, crash, SIGKILL) the pipe closes and the JVM follows.
 */
public final class EmbeddedNeo4j {
    static final String READY_MARKER = "PITLANE_NEO4J_READY";
    static final String LOCKED_MARKER = "PITLANE_NEO4J_LOCKED";
    static final int EXIT_LOCKED = 3;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedNeo4j <data-dir> <bolt-port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        SocketAddress bolt = new SocketAddress("127.0.0.1", port);

        Path storeLock = home.resolve("data").resolve("databases").resolve("store_lock");
        if (isLockedByAnotherProcess(storeLock)) {
            System.out.println(LOCKED_MARKER + " " + storeLock);
            System.out.flush();
            System.exit(EXIT_LOCKED);
        }

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

    /** Neo4j locks store_lock with a file lock; probe it the same way and let go at once. */
    private static boolean isLockedByAnotherProcess(Path storeLock) throws IOException {
        if (!Files.exists(storeLock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(storeLock, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
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

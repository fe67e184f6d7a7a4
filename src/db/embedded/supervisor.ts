/**
 * Keeps the embedded Neo4j that this process started running: when its JVM exits without being
 * asked to (killed, crashed, out of memory), it reports the exit and starts it again on the same
 * port, so the driver's URI stays valid, with exponential backoff and a bounded number of attempts.
 * If every attempt fails it gives up and says so; the caller decides what that means (the API
 * turns /health/live to 503 and exits non-zero, so that its own supervisor restarts it).
 */
import { EmbeddedExit, EmbeddedNeo4j } from './embedded-neo4j';

export interface SupervisorEvents {
  /** The JVM exited without being asked to. */
  exited(exit: EmbeddedExit): void;
  /** A restart is attempted after `delayMs`. */
  restarting(attempt: number, delayMs: number): void;
  /** A restart failed. */
  restartFailed(attempt: number, error: unknown): void;
  /** The server runs again. */
  restarted(neo4j: EmbeddedNeo4j, attempt: number): void;
  /** Every attempt failed; nothing more will be tried. */
  gaveUp(error: unknown): void;
}

export interface SupervisorOptions {
  /** Starts the server again (on the same port and data folder). */
  restart(): Promise<EmbeddedNeo4j>;
  events: SupervisorEvents;
  /** Attempts after one unexpected exit (default 5). */
  maxAttempts?: number;
  /** Wait before the first attempt; doubled for each further one (default 500 ms). */
  firstDelayMs?: number;
}

export class EmbeddedSupervisor {
  private neo4j: EmbeddedNeo4j;
  private stopping = false;
  private recovering: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(first: EmbeddedNeo4j, private readonly options: SupervisorOptions) {
    this.neo4j = first;
    this.watch(first);
  }

  /** The server running now (or the last one, while it is being restarted). */
  get current(): EmbeddedNeo4j {
    return this.neo4j;
  }

  /** Stops supervising and stops the server, also one being restarted. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.recovering;
    await this.neo4j.stop();
  }

  private watch(neo4j: EmbeddedNeo4j): void {
    void neo4j.exited.then((exit) => {
      if (exit.requested || this.stopping) return;
      this.options.events.exited(exit);
      this.recovering = this.recover();
    });
  }

  private async recover(): Promise<void> {
    const { maxAttempts = 5, firstDelayMs = 500, events } = this.options;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const delayMs = firstDelayMs * 2 ** (attempt - 1);
      events.restarting(attempt, delayMs);
      await this.sleep(delayMs);
      if (this.stopping) return;
      try {
        const neo4j = await this.options.restart();
        this.neo4j = neo4j;
        if (this.stopping) return; // stop() stops it
        this.watch(neo4j);
        events.restarted(neo4j, attempt);
        return;
      } catch (error) {
        lastError = error;
        events.restartFailed(attempt, error);
      }
    }
    if (!this.stopping) events.gaveUp(lastError);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}

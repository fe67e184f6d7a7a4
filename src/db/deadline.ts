/**
 * A client-side deadline on one unit of work against Neo4j. A stopped (SIGSTOP) or wedged server
 * accepts TCP connections but never answers, and the driver then waits forever; only a timer on
 * our side notices. The deadline has two phases, so that legitimately long statements are not cut:
 *  - until Neo4j first answers a statement (its RUN reply, sent once the query is planned and
 *    started), at most `answerMs`, unless Neo4j answered anything on this driver within the last
 *    `answerMs` (another statement, or a trivial probe sent while it waits: a busy or planning
 *    server is slow, not gone): then it waits on, up to the limit of the next phase;
 *  - once it has answered, at most `txTimeoutMs + answerMs`: Neo4j itself stops the transaction at
 *    its timeout, so silence beyond that means the server is gone.
 * Each further statement of the same transaction gets `answerMs` again for its first answer.
 */
import { DatabaseUnavailableError } from './errors';

/**
 * When Neo4j last answered anything on one driver; shared by every request on it. A request that
 * waits in silence asks Neo4j something trivial (`probe`, one at a time for the whole driver):
 * a live server answers it even while it plans or runs heavy statements, a stopped one does not.
 */
export class Heartbeat {
  at = Date.now();
  private probing = false;

  constructor(private readonly probe?: () => Promise<unknown>) {}

  beat(): void {
    this.at = Date.now();
  }

  check(): void {
    if (!this.probe || this.probing) return;
    this.probing = true;
    this.probe()
      .then(() => this.beat(), () => undefined)
      .finally(() => {
        this.probing = false;
      });
  }
}

export class AnswerDeadline {
  /** Rejects with DatabaseUnavailableError when the deadline passes; never resolves. */
  readonly expired: Promise<never>;
  private expire!: (error: Error) => void;
  private timer: NodeJS.Timeout | undefined;
  private readonly startedAt = Date.now();
  private answeredOnce = false;
  private passed = false;

  constructor(
    private readonly answerMs: number,
    private readonly txTimeoutMs: number,
    private readonly heartbeat: Heartbeat,
  ) {
    this.expired = new Promise<never>((_resolve, reject) => {
      this.expire = reject;
    });
    // Whoever races against it handles the rejection; nobody else must see it as unhandled.
    this.expired.catch(() => undefined);
    this.awaitFirstAnswer();
  }

  get hasPassed(): boolean {
    return this.passed;
  }

  /** A statement was sent: after the first one, each gets `answerMs` for its first answer. */
  statementSent(): void {
    if (this.answeredOnce) this.awaitFirstAnswer();
  }

  /** Neo4j answered a statement: now it has until the transaction timeout (plus `answerMs`). */
  answered(): void {
    this.heartbeat.beat();
    this.answeredOnce = true;
    const ms = this.txTimeoutMs + this.answerMs;
    this.arm(ms, () => this.fail(`Neo4j went silent for ${ms} ms, past the transaction timeout`));
  }

  clear(): void {
    clearTimeout(this.timer);
  }

  private awaitFirstAnswer(): void {
    const waitingSince = Date.now();
    const tickMs = this.answerMs / 4;
    const tick = (): void => {
      const now = Date.now();
      const quietMs = now - this.heartbeat.at;
      if (now - waitingSince >= this.answerMs && quietMs >= this.answerMs) {
        this.fail(`Neo4j did not answer within ${now - waitingSince} ms`);
      } else if (now >= this.startedAt + this.txTimeoutMs + this.answerMs) {
        this.fail(`Neo4j did not answer within ${now - waitingSince} ms, past the transaction timeout`);
      } else {
        // Quiet for a while: ask whether Neo4j is there at all (busy or planning is not gone).
        if (quietMs >= tickMs) this.heartbeat.check();
        this.arm(tickMs, tick);
      }
    };
    this.arm(tickMs, tick);
  }

  private arm(ms: number, then: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(then, ms);
  }

  private fail(reason: string): void {
    this.passed = true;
    this.expire(new DatabaseUnavailableError(new Error(reason)));
  }
}

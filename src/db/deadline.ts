/**
 * A client-side deadline on one unit of work against Neo4j. A stopped (SIGSTOP) or wedged server
 * accepts TCP connections but never answers, and the driver then waits forever; only a timer on
 * our side notices. The deadline has two phases, so that legitimately long statements are not cut:
 *  - until Neo4j first answers a statement (its RUN reply, sent once the query is planned and
 *    started), at most `answerMs`: a live server answers that quickly whatever the query;
 *  - once it has answered, at most `txTimeoutMs + answerMs`: Neo4j itself stops the transaction at
 *    its timeout, so silence beyond that means the server is gone.
 * Each further statement of the same transaction gets `answerMs` again for its first answer.
 */
import { DatabaseUnavailableError } from './errors';

export class AnswerDeadline {
  /** Rejects with DatabaseUnavailableError when the deadline passes; never resolves. */
  readonly expired: Promise<never>;
  private expire!: (error: Error) => void;
  private timer: NodeJS.Timeout | undefined;
  private answeredOnce = false;
  private passed = false;

  constructor(
    private readonly answerMs: number,
    private readonly txTimeoutMs: number,
  ) {
    this.expired = new Promise<never>((_resolve, reject) => {
      this.expire = reject;
    });
    // Whoever races against it handles the rejection; nobody else must see it as unhandled.
    this.expired.catch(() => undefined);
    this.arm(answerMs, `Neo4j did not answer within ${answerMs} ms`);
  }

  get hasPassed(): boolean {
    return this.passed;
  }

  /** A statement was sent: after the first one, each gets `answerMs` for its first answer. */
  statementSent(): void {
    if (this.answeredOnce) this.arm(this.answerMs, `Neo4j did not answer a statement within ${this.answerMs} ms`);
  }

  /** Neo4j answered a statement: now it has until the transaction timeout (plus `answerMs`). */
  answered(): void {
    this.answeredOnce = true;
    const ms = this.txTimeoutMs + this.answerMs;
    this.arm(ms, `Neo4j went silent for ${ms} ms, past the transaction timeout`);
  }

  clear(): void {
    clearTimeout(this.timer);
  }

  private arm(ms: number, reason: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.passed = true;
      this.expire(new DatabaseUnavailableError(new Error(reason)));
    }, ms);
  }
}

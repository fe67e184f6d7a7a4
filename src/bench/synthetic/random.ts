/** A seeded random source: the same seed gives the same synthetic graph on every machine. */
import prand from 'pure-rand';

export class SeededRandom {
  private readonly generator: prand.RandomGenerator;

  constructor(seed: number) {
    this.generator = prand.xoroshiro128plus(seed);
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return prand.unsafeUniformIntDistribution(min, max, this.generator);
  }

  chance(probability: number): boolean {
    return this.int(0, 999_999) < probability * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

import type { Clock } from '../platform/clock';

/** A clock tests move by hand, for expiry and retry timing without sleeping. */
export class TestClock implements Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current += milliseconds;
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}

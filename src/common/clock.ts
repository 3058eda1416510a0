import { Injectable } from '@nestjs/common';

/** The only way the server reads the time, so tests can set it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  nowIso(): string {
    return this.now().toISOString();
  }
}

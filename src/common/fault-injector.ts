import { Injectable } from '@nestjs/common';

/** Points where a crash can be injected (see FaultInjector). */
export type FaultPoint = 'close:after-results' | 'close:before-commit';

/**
 * TEST HOOK — crash safety. When the environment variable SANDBOX_FAULT names
 * a point (e.g. `SANDBOX_FAULT=close:before-commit`), the process kills itself
 * with SIGKILL when it reaches that point, as a power cut would: no cleanup,
 * no commit. Used by test/e2e/crash-close.e2e-spec.ts; never set it in production.
 */
@Injectable()
export class FaultInjector {
  private readonly armed = process.env.SANDBOX_FAULT ?? '';

  hit(point: FaultPoint): void {
    if (this.armed === point) process.kill(process.pid, 'SIGKILL');
  }
}

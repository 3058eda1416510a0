import { AppError, AppErrorCode } from './app-error';

/** 2030-03-07T09:00:00Z, with optional seconds, fraction and offset. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An optional date-time argument that must lie in the future (a deadline, an
 * expiry): normalised to ISO 8601 UTC, null when absent, else a
 * BAD_USER_INPUT error naming `field`.
 */
export function futureIso(value: string | null | undefined, field: string, now: Date): string | null {
  if (value === null || value === undefined || value === '') return null;
  const t = ISO_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t)) throw new AppError(AppErrorCode.BAD_INPUT, `${field} must be an ISO 8601 date-time`, { field });
  if (t <= now.getTime()) throw new AppError(AppErrorCode.BAD_INPUT, `${field} must be in the future`, { field });
  return new Date(t).toISOString();
}

import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Ids and secrets: the server's only source of non-seeded randomness. */
@Injectable()
export class IdService {
  uuid(): string {
    return randomUUID();
  }

  /**
   * A time-ordered UUID (version 7, RFC 9562: 48-bit Unix milliseconds, then
   * 74 random bits) for rows written in volume (decisions, audit records):
   * new keys land at the end of the primary-key index instead of on a random
   * page of it. Not a secret and not for ordering guarantees.
   */
  rowId(): string {
    // the random bits and the variant of a v4 UUID (node keeps a pool of entropy for these), behind the time
    const ms = Date.now().toString(16).padStart(12, '0');
    return `${ms.slice(0, 8)}-${ms.slice(8)}-7${randomUUID().slice(15)}`;
  }

  /** A 256-bit random token, URL-safe. */
  token(prefix: string): string {
    return `${prefix}_${randomBytes(32).toString('base64url')}`;
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

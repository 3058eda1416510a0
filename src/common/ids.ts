import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Ids and secrets: the server's only source of non-seeded randomness. */
@Injectable()
export class IdService {
  uuid(): string {
    return randomUUID();
  }

  /** A 256-bit random token, URL-safe. */
  token(prefix: string): string {
    return `${prefix}_${randomBytes(32).toString('base64url')}`;
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

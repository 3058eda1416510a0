import { z } from 'zod';
import type { Scenario } from '../../scenario/scenario.schema';

/**
 * A BCP-47 language tag of the shape markets use: a language (2–3 lower-case
 * letters), an optional script (Title case, 4 letters) and an optional
 * region (2 upper-case letters or 3 digits): `es`, `pt-BR`, `zh-Hans-CN`.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?$/;

export const languageTagSchema = z
  .string()
  .min(2)
  .max(16)
  .regex(LANGUAGE_TAG, 'must be a BCP-47 language tag such as "es" or "pt-BR"');

/** The languages a listing may be written in: every market's language plus the scenario's `policies.listingLanguages`. */
export function listingLanguages(scenario: Scenario): Set<string> {
  return new Set([...scenario.markets.map((m) => m.language), ...(scenario.policies.listingLanguages ?? [])]);
}

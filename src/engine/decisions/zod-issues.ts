/** Maps zod issues to decision errors with paths like `prices[2].priceCents`. */
import type { z } from 'zod';
import type { DecisionError } from '../types';
import { DecisionErrorCode } from './decision-codes';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

export function zodIssuesToErrors(issues: readonly z.core.$ZodIssue[], payload: unknown): DecisionError[] {
  const errors: DecisionError[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    if (issue.code !== 'unrecognized_keys' && issue.path.length > 0 && valueAt(payload, issue.path) === undefined) {
      errors.push({ code: DecisionErrorCode.REQUIRED, path, message: 'required' });
      continue;
    }
    switch (issue.code) {
      case 'invalid_type':
        errors.push({ code: DecisionErrorCode.INVALID_TYPE, path, message: issue.message });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          errors.push({
            code: DecisionErrorCode.UNKNOWN_FIELD,
            path: formatPath([...issue.path, key]),
            message: `unknown field "${key}"`,
          });
        }
        break;
      case 'too_big':
        errors.push({
          code: issue.origin === 'array' ? DecisionErrorCode.TOO_MANY : DecisionErrorCode.OUT_OF_RANGE,
          path,
          message: issue.message,
        });
        break;
      case 'too_small':
        errors.push({ code: DecisionErrorCode.OUT_OF_RANGE, path, message: issue.message });
        break;
      case 'invalid_value':
        errors.push({ code: DecisionErrorCode.INVALID_VALUE, path, message: issue.message });
        break;
      default:
        errors.push({ code: DecisionErrorCode.INVALID_TYPE, path, message: issue.message });
    }
  }
  return errors;
}

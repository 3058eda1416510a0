/**
 * A fast path for graphql-js's coercion of variable values.
 *
 * graphql-js 16 builds every coerced input object as an
 * `Object.create(null)` dictionary and then copies it with a spread; for a
 * submission (about 60 input objects, 3 KB of JSON) that was an eighth of the
 * server's CPU per request and a third of what it allocated. The fast path
 * here coerces valid values into plain objects with the same keys, in the
 * same order, with the same defaults and the same scalar and enum parsing.
 * The moment it meets anything else — a null for a non-null type, a missing
 * required field, an unknown field, a scalar that refuses its value, a oneOf
 * type — it gives up, and graphql-js's own coercion runs on the whole value:
 * graphql-js stays the one source of every error, its message and its path
 * (as zod is behind the decision checker's fast path).
 *
 * graphql-js's execution looks its coercion up on the exports of
 * `graphql/utilities/coerceInputValue` at each call;
 * installInputCoercion puts the fast path there, in front of the original.
 */
import { isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType } from 'graphql';
import type { GraphQLError, GraphQLInputField, GraphQLInputObjectType, GraphQLInputType } from 'graphql';
import * as coercionModule from 'graphql/utilities/coerceInputValue';

type OnError = (path: ReadonlyArray<string | number>, invalidValue: unknown, error: GraphQLError) => void;
type Coerce = (inputValue: unknown, type: GraphQLInputType, onError?: OnError, hideSuggestions?: boolean) => unknown;

/** graphql-js's own coercion, as loaded. */
export const graphqlCoercion: Coerce = (coercionModule as { coerceInputValue: Coerce }).coerceInputValue;

/** Returned by the fast path when it leaves the value to graphql-js. */
const GIVE_UP: unique symbol = Symbol('give up');

const fieldLists = new WeakMap<GraphQLInputObjectType, readonly GraphQLInputField[]>();

function fieldsOf(type: GraphQLInputObjectType): readonly GraphQLInputField[] {
  let fields = fieldLists.get(type);
  if (!fields) {
    fields = Object.values(type.getFields());
    fieldLists.set(type, fields);
  }
  return fields;
}

function fastCoerce(value: unknown, type: GraphQLInputType, hideSuggestions: boolean | undefined): unknown {
  if (isNonNullType(type))
    return value === null || value === undefined ? GIVE_UP : fastCoerce(value, type.ofType, hideSuggestions);
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    // a lone value stands for a list of one; other iterables than arrays are left to graphql-js
    if (!Array.isArray(value))
      return typeof value === 'object' ? GIVE_UP : oneItem(fastCoerce(value, type.ofType, hideSuggestions));
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const item = fastCoerce(value[i], type.ofType, hideSuggestions);
      if (item === GIVE_UP) return GIVE_UP;
      out[i] = item;
    }
    return out;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value) || type.isOneOf) return GIVE_UP;
    const input = value as Record<string, unknown>;
    const defined = type.getFields();
    for (const key in input) if (Object.prototype.hasOwnProperty.call(input, key) && !defined[key]) return GIVE_UP;
    const out: Record<string, unknown> = {};
    for (const field of fieldsOf(type)) {
      const given = input[field.name];
      if (given === undefined) {
        if (field.defaultValue !== undefined) out[field.name] = field.defaultValue;
        else if (isNonNullType(field.type)) return GIVE_UP;
        continue;
      }
      const coerced = fastCoerce(given, field.type, hideSuggestions);
      if (coerced === GIVE_UP) return GIVE_UP;
      out[field.name] = coerced;
    }
    return out;
  }
  if (isLeafType(type)) {
    try {
      const parsed: unknown = isEnumType(type)
        ? (type.parseValue as (v: unknown, hide?: boolean) => unknown)(value, hideSuggestions)
        : type.parseValue(value);
      return parsed === undefined ? GIVE_UP : parsed;
    } catch {
      return GIVE_UP;
    }
  }
  return GIVE_UP;
}

const oneItem = (item: unknown): unknown => (item === GIVE_UP ? GIVE_UP : [item]);

/** graphql-js's coerceInputValue, with the fast path in front. */
export const coerceInputValue: Coerce = (inputValue, type, onError, hideSuggestions) => {
  const fast = fastCoerce(inputValue, type, hideSuggestions);
  return fast === GIVE_UP ? graphqlCoercion(inputValue, type, onError, hideSuggestions) : fast;
};

/** Puts the fast path in front of graphql-js's coercion of variables (once; idempotent). Returns whether it is in place. */
export function installInputCoercion(): boolean {
  const target = coercionModule as { coerceInputValue: Coerce };
  if (target.coerceInputValue !== coerceInputValue) target.coerceInputValue = coerceInputValue;
  return target.coerceInputValue === coerceInputValue;
}

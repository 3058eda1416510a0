/** The list with item i changed by a patch (a form row edited). */
export function patchAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((item, j) => (j === i ? { ...item, ...patch } : item));
}

/** The list without item i (a form row removed). */
export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_item, j) => j !== i);
}

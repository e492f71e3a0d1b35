function isSameArgument(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => Object.is(item, b[i]));
}

/**
 * `fn` remembering its last answer: called again with the same arguments (the same objects, or
 * arrays of the same objects) it returns that answer instead of working it out anew. For values
 * the app derives from its state in every render (search entries, legend roles, the feature list),
 * which change only when plans, visibility or the language do.
 *
 * @example
 * const roles = memoizeLast(findLayerRoles);
 * roles(plans) === roles(plans); // true, computed once
 */
export function memoizeLast<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args: Args): Result => {
    if (last && last.args.length === args.length && args.every((arg, i) => isSameArgument(arg, last?.args[i]))) return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}

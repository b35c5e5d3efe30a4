import { builtinModules } from 'node:module';

/**
 * Checks on a built function. Deploying uploads only the function's folder and installs its
 * package.json dependencies, so a bundle may require Node built-ins, wx-server-sdk and its own
 * FUNCTION_DEPENDENCIES, nothing else.
 * esbuild lowers syntax to the target but adds no polyfills, so library calls newer than Node 16
 * (CloudBase's oldest current runtime) are refused too.
 */

export const RUNTIME_DEPENDENCY = 'wx-server-sdk';

/**
 * Packages one function leaves external and the cloud installs from that function's package.json
 * (versions as in the root package.json). exceljs is 2.8 MB bundled: inlined, it made the tickets
 * function 3 MB; external, the cloud installs it for tickets (the only function that exports) alone.
 */
export const FUNCTION_DEPENDENCIES: Readonly<Record<string, readonly string[]>> = { tickets: ['exceljs'] };

/** What the function's package.json lists and its bundle leaves to require(). */
export const externalsOf = (fn: string): string[] => [RUNTIME_DEPENDENCY, ...(FUNCTION_DEPENDENCIES[fn] ?? [])];

const BUILTINS = new Set(builtinModules);

export const isAllowedRequire = (specifier: string, fn: string): boolean =>
  externalsOf(fn).includes(specifier) || BUILTINS.has(specifier.replace(/^node:/, ''));

/** Calls that Node 16 does not have (Node 17–22 additions). */
const NEWER_THAN_NODE16: [RegExp, string][] = [
  [/\.(findLast|findLastIndex|toSorted|toReversed|toSpliced)\(/, 'Array.prototype.$1 (Node 18/20)'],
  [/\bstructuredClone\(/, 'structuredClone (Node 17)'],
  [/\b(Object|Map)\.groupBy\(/, '$1.groupBy (Node 21)'],
  [/\bArray\.fromAsync\(/, 'Array.fromAsync (Node 22)'],
  [/\bPromise\.withResolvers\(/, 'Promise.withResolvers (Node 22)'],
];

export const newerThanNode16 = (code: string): string[] =>
  NEWER_THAN_NODE16.flatMap(([pattern, label]) => {
    const match = pattern.exec(code);
    return match ? [label.replace('$1', match[1] ?? '')] : [];
  });

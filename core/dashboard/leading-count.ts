/**
 * How many leading items of `sorted` satisfy `holds`, for a `holds` that is true up to some index and
 * false after it (a sorted list read against a bound): a binary search.
 */
export const leadingCount = <T>(sorted: readonly T[], holds: (item: T) => boolean): number => {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

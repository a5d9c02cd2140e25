/** Small statistics for the bench: medians of interleaved runs, and CPU time. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const round = (value: number, places = 2): number => Number(value.toFixed(places));

/** CPU seconds (user and system) that `work` takes in this process. */
export function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** Milliseconds of wall time that `work` takes. */
export function wallMs(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** The nearest-rank percentile (0–100) of the values; 0 for none. */
export const percentile = (values: readonly number[], rank: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1),
  );
  return sorted[index] as number;
};

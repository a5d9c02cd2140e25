/*
 * A series of scores said in words, for the text alternative of a chart: a learner who cannot see
 * the line hears where it started, where it is now and which way it went.
 */

/** "Rose from 40 to 75 over 4 results." and the like; `noun` names one result ("play"). */
export function trendWords(values: readonly number[], noun = 'result'): string {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return `No ${noun}s yet.`;
  if (values.length === 1) return `One ${noun} so far: ${first}.`;
  const over = `over ${values.length} ${noun}s`;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = low === high ? '' : ` (lowest ${low}, highest ${high})`;
  if (last > first) return `Rose from ${first} to ${last} ${over}${range}.`;
  if (last < first) return `Fell from ${first} to ${last} ${over}${range}.`;
  return low === high
    ? `Stayed at ${first} ${over}.`
    : `Ended where it started, at ${first}, ${over}${range}.`;
}

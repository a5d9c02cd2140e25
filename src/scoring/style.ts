import { STANCES } from '../scenario/schema.ts';
import type { StyleMark, StyleReport } from './debrief.ts';

const times = (count: number): string =>
  count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;

const SLIPS: readonly StyleMark[] = ['dismissive', 'argumentative', 'unsafe'];

/** Sentences about how the learner handled the customer, read from the order of their stances. */
export function describeStyle(sequence: readonly StyleMark[]): StyleReport {
  const counts = Object.fromEntries([...STANCES, 'timeout'].map((mark) => [mark, 0])) as Record<
    StyleMark,
    number
  >;
  for (const mark of sequence) counts[mark] += 1;

  const summary: string[] = [];
  const total = sequence.length;
  if (total === 0) return { counts, sequence: [...sequence], summary };

  summary.push(
    counts.skilled === total
      ? `Every one of your ${total} responses was skilled.`
      : `${counts.skilled} of your ${total} responses ${counts.skilled === 1 ? 'was' : 'were'} skilled.`,
  );

  const firstSkilled = sequence.indexOf('skilled');
  const placatingFirst = sequence
    .slice(0, firstSkilled === -1 ? total : firstSkilled)
    .filter((mark) => mark === 'placating').length;
  if (placatingFirst > 0) {
    summary.push(
      firstSkilled === -1
        ? `You placated ${times(placatingFirst)} and never got to solving the problem.`
        : `You placated ${times(placatingFirst)} before you started solving the problem.`,
    );
  }
  if (counts.argumentative > 0) {
    summary.push(
      `You argued back ${times(counts.argumentative)}; arguing turns a complaint into a conflict.`,
    );
  }
  if (counts.dismissive > 0) {
    summary.push(`You brushed the customer off ${times(counts.dismissive)}.`);
  }
  if (counts.unsafe > 0) {
    summary.push(
      `${counts.unsafe === 1 ? 'One choice was' : `${counts.unsafe} choices were`} unsafe: check what you may promise or disclose.`,
    );
  }
  if (counts.timeout > 0) {
    summary.push(
      `You let the countdown run out ${times(counts.timeout)}; a waiting customer reads silence as not caring.`,
    );
  }
  const recoveries = sequence.filter(
    (mark, index) =>
      mark === 'skilled' && index > 0 && SLIPS.includes(sequence[index - 1] ?? 'skilled'),
  ).length;
  if (recoveries > 0) {
    summary.push(`After a slip you recovered with a skilled response ${times(recoveries)}.`);
  }
  if (total > 1 && sequence.at(-1) === 'skilled' && counts.skilled < total) {
    summary.push('You finished well: your last response was skilled.');
  }
  return { counts, sequence: [...sequence], summary };
}

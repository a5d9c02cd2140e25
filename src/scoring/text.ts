import { INCOMPLETE_WORD, STATUS_WORDS, statusInWords } from '../curriculum/evidence.ts';
import type { CriterionId } from '../curriculum/ids.ts';
import type {
  AnalysisComparison,
  Debrief,
  DebriefMoment,
  EndingReached,
  OptionSummary,
} from './debrief.ts';
import { countdownInWords } from '../engine/countdown.ts';

const sentence = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

const scoreText = (score: number | null): string =>
  score === null ? '  –' : String(score).padStart(3);

const wrap = (text: string, indent: string, width = 96): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
};

const AUDIENCE_WORDS = { customer: 'the customer', organisation: 'the organisation' } as const;

/** An options node's analysis: the learner's beside the author's, option by option. */
function analysisLines(analysis: AnalysisComparison): string[] {
  const mark = (right: boolean) => (right ? 'same as the author' : 'author');
  const yours = (text: string | null) => (text === null ? '(none)' : `“${text}”`);
  const lines: string[] = [];
  for (const row of analysis.rows) {
    lines.push(...wrap(`${row.title}`, '     '));
    lines.push(
      ...wrap(
        `Main benefit: you ${yours(row.learner.benefit)}${row.benefitRight ? ` (${mark(true)})` : `; ${mark(false)} “${row.author.benefit}”`}`,
        '       ',
      ),
      ...wrap(
        `Main risk: you ${yours(row.learner.risk)}${row.riskRight ? ` (${mark(true)})` : `; ${mark(false)} “${row.author.risk}”`}`,
        '       ',
      ),
      ...wrap(
        `Risk: you ${row.learner.rating ?? '(none)'}; author ${row.author.rating}. ${row.author.note}`,
        '       ',
      ),
    );
  }
  const { learner, author } = analysis.putTo;
  lines.push(
    ...wrap(
      `You put “${analysis.putForward.title}” to ${learner === null ? 'nobody' : AUDIENCE_WORDS[learner]}; it is for ${AUDIENCE_WORDS[author]}.`,
      '     ',
    ),
  );
  return lines;
}

/** How an ending is named: its title and outcome, and whether the author counts it acceptable. */
export const endingWords = (ending: EndingReached): string =>
  `${ending.title ?? ending.id} (${ending.kind}${ending.acceptable ? ', an acceptable ending' : ''})`;

/** The judgement shown beside an option: an explain answer's right or wrong, or the stance. */
const judgedAs = (option: OptionSummary): string =>
  option.correct !== undefined
    ? ` [${option.correct ? 'correct' : 'incorrect'}]`
    : option.stance === null
      ? ''
      : ` [${option.stance}]`;

function momentLines(moment: DebriefMoment): string[] {
  const place = moment.nodeTitle ?? moment.nodeId;
  const heading =
    moment.kind === 'field'
      ? `${place}: ${moment.label ?? 'field'}`
      : moment.kind === 'records'
        ? `${place}: records`
        : place;
  const lines = [`  ${moment.index + 1}. ${heading}`];
  if (moment.customerLine !== null)
    lines.push(...wrap(`Customer: “${moment.customerLine}”`, '     '));
  lines.push(...wrap(`You: ${moment.chosen.say}${judgedAs(moment.chosen)}`, '     '));
  for (const line of moment.byChance ?? []) lines.push(...wrap(line, '     '));
  if (moment.countdown !== undefined)
    lines.push(...wrap(countdownInWords(moment.countdown), '     '));
  if (moment.analysis !== undefined) return [...lines, ...analysisLines(moment.analysis)];
  if (moment.tookBest) {
    lines.push('     The best option here.');
  } else {
    lines.push(...wrap(`Best: ${moment.best.say}${judgedAs(moment.best)}`, '     '));
  }
  lines.push(...wrap(`Why: ${moment.why}`, '     '));
  if (moment.bestWhy !== null) lines.push(...wrap(`Why the best: ${moment.bestWhy}`, '     '));
  if (moment.critical !== null)
    lines.push(...wrap(`Critical error: ${moment.critical.reason}`, '     '));
  if (moment.bestLeadsTo?.ending != null) {
    lines.push(
      ...wrap(
        `The best option would have led to: ${endingWords(moment.bestLeadsTo.ending)}.`,
        '     ',
      ),
    );
  }
  return lines;
}

/** A debrief as plain text, for the terminal and for text exports. */
export function debriefText(debrief: Debrief): string {
  const lines: string[] = [];
  lines.push(`Debrief: ${debrief.scenario.title} (${debrief.scenario.id})`);
  lines.push(`Seed ${debrief.seed}, timing ${debrief.timing}.`);
  lines.push(
    debrief.ending === null
      ? `${sentence(INCOMPLETE_WORD)}: the play stopped before an ending.`
      : `Ending: ${endingWords(debrief.ending)}. ${debrief.ending.epilogue}`,
  );
  lines.push(
    '',
    debrief.overall === null
      ? `Overall: none, the play is ${INCOMPLETE_WORD} (it stopped before an ending; what it shows comes only from the moments played).`
      : `Overall: ${debrief.overall} out of 100${debrief.overallCapped === undefined ? '' : ` (${debrief.overallCapped})`}`,
  );

  lines.push('', 'Techniques (score out of 100, opportunities)');
  const techniques = Object.values(debrief.techniques);
  const width = Math.max(20, ...techniques.map((technique) => technique.name.length));
  for (const technique of techniques) {
    lines.push(
      `  ${technique.name.padEnd(width)}  ${scoreText(technique.score)}  ${
        technique.score === null ? STATUS_WORDS['no-opportunity'] : `${technique.opportunities}`
      }`,
    );
  }

  lines.push('', 'Criteria');
  for (const [id, criterion] of Object.entries(debrief.criteria)) {
    const words = statusInWords(criterion.status, id as CriterionId);
    const kind = criterion.kind === 'knowledge' ? ', knowledge' : '';
    lines.push(
      `  ${id.padEnd(9)} ${words}${criterion.score === null ? '' : ` (${criterion.score} out of 100)`}${kind}`,
    );
    lines.push(...wrap(criterion.text, '            '));
    if (criterion.capped !== undefined)
      lines.push(...wrap(`Capped: ${criterion.capped}`, '            '));
  }

  if (debrief.criticalErrors.length > 0) {
    lines.push('', 'Critical errors');
    for (const error of debrief.criticalErrors) {
      lines.push(
        ...wrap(
          `Step ${error.step} at ${error.nodeId}: ${error.reason} (breaks ${error.breaks.join(', ')})`,
          '  ',
        ),
      );
    }
  }

  lines.push('', 'How you handled it');
  for (const sentence of debrief.style.summary) lines.push(...wrap(sentence, '  '));

  lines.push('', 'Moments');
  for (const moment of debrief.moments) lines.push(...momentLines(moment));

  if (debrief.misconceptions.length > 0) {
    lines.push('', `Misconceptions to revisit: ${debrief.misconceptions.join(', ')}`);
  }
  if (debrief.law.length > 0)
    lines.push('', `Law and codes this play touched: ${debrief.law.join(', ')}`);
  const path = debrief.bestPath;
  lines.push(
    '',
    ...wrap(
      `The best path from the start: ${path.steps.map((step) => step.nodeTitle ?? step.nodeId).join(' → ')}${
        path.ending === null ? ' (no ending reached)' : ` → ${endingWords(path.ending)}`
      }`,
      '',
    ),
  );
  return lines.join('\n');
}

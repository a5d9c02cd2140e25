import type { Diagnostic, JsonPath } from './diagnostics.ts';
import type { KnowledgeCheck, Pack, Question } from './pack-schema.ts';
import type { SourcePositions } from './positions.ts';
import { SKILLED_LONGEST_LIMIT } from './checks/judgement.ts';

interface Where {
  file: string;
  positions: SourcePositions;
}

const finding = (
  where: Where,
  path: JsonPath,
  rest: Pick<Diagnostic, 'severity' | 'code' | 'message' | 'fix'>,
): Diagnostic => ({ file: where.file, ...where.positions.at(path), ...rest });

/** A pack on its own: each scenario listed once. (References are checked across files.) */
export function analysePack(pack: Pack, where: Where): Diagnostic[] {
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  pack.scenarios.forEach((id, index) => {
    if (seen.has(id)) {
      found.push(
        finding(where, ['scenarios', index], {
          severity: 'warning',
          code: 'duplicate-id',
          message: `scenario '${id}' is listed twice in this pack`,
          fix: 'remove one of them',
        }),
      );
    }
    seen.add(id);
  });
  return found;
}

/** Ids used twice among `items`, each reported at its second use. */
function duplicates(
  where: Where,
  items: readonly { id: string; text?: string }[],
  at: (index: number) => JsonPath,
  what: string,
  questionId: string,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id))
      found.push(
        finding(where, [...at(index), 'id'], {
          severity: 'error',
          code: 'duplicate-id',
          message: `${what} id '${item.id}' is used twice in question '${questionId}'`,
          fix: `give each ${what} its own id`,
        }),
      );
    const text = item.text?.trim().toLowerCase();
    if (text !== undefined && texts.has(text))
      found.push(
        finding(where, [...at(index), 'text'], {
          severity: 'error',
          code: 'duplicate-text',
          message: `two ${what}s of question '${questionId}' read '${item.text ?? ''}'`,
          fix: `make each ${what} say something of its own`,
        }),
      );
    ids.add(item.id);
    if (text !== undefined) texts.add(text);
  });
  return found;
}

/** Checks of one question, by its kind: what makes it answerable and fair. */
function analyseQuestion(question: Question, path: JsonPath, where: Where): Diagnostic[] {
  const found: Diagnostic[] = [];
  switch (question.kind) {
    case 'choose':
      found.push(
        ...duplicates(
          where,
          question.options,
          (index) => [...path, 'options', index],
          'option',
          question.id,
        ),
      );
      question.options.forEach((option, optionIndex) => {
        if (option.correct && option.pin !== undefined) {
          found.push(
            finding(where, [...path, 'options', optionIndex, 'pin'], {
              severity: 'warning',
              code: 'skilled-pinned',
              message: `the right answer '${option.id}' to question '${question.id}' is pinned ${option.pin}, so a learner can find it by its place`,
              fix: 'remove `pin:`',
            }),
          );
        }
      });
      if (!question.options.some((option) => option.correct)) {
        found.push(
          finding(where, [...path, 'options'], {
            severity: 'error',
            code: 'no-correct-option',
            message: `question '${question.id}' has no option marked \`correct: true\``,
            fix: 'mark the right answer correct',
          }),
        );
      }
      return found;
    case 'order': {
      found.push(
        ...duplicates(
          where,
          question.steps,
          (index) => [...path, 'steps', index],
          'step',
          question.id,
        ),
      );
      const lengths = question.steps.map((step) => step.text.length);
      const rising = lengths.every(
        (length, index) => index === 0 || length > (lengths[index - 1] ?? 0),
      );
      const falling = lengths.every(
        (length, index) => index === 0 || length < (lengths[index - 1] ?? 0),
      );
      if (rising || falling)
        found.push(
          finding(where, [...path, 'steps'], {
            severity: 'warning',
            code: 'order-by-length',
            message: `the steps of question '${question.id}' run from ${rising ? 'shortest to longest' : 'longest to shortest'}, so sorting them by length puts them in order without knowledge`,
            fix: 'reword a step so that length no longer gives the order away',
          }),
        );
      return found;
    }
    case 'spot-misconception': {
      found.push(
        ...duplicates(
          where,
          question.statements,
          (index) => [...path, 'statements', index],
          'statement',
          question.id,
        ),
      );
      const wrong = question.statements.filter((statement) => statement.wrong);
      if (wrong.length !== 1)
        found.push(
          finding(where, [...path, 'statements'], {
            severity: 'error',
            code: 'one-wrong-statement',
            message: `question '${question.id}' has ${wrong.length} statements marked \`wrong: true\`; a spot-the-misconception question needs exactly one`,
            fix: 'mark only the statement that voices the misconception `wrong: true`',
          }),
        );
      return found;
    }
  }
}

/** Whether the right pick of a choose or spot question is longer than every other. */
function rightIsLongest(question: Question): boolean {
  const picks =
    question.kind === 'choose'
      ? question.options.map((option) => ({ text: option.text, right: option.correct }))
      : question.kind === 'spot-misconception'
        ? question.statements.map((each) => ({ text: each.text, right: each.wrong }))
        : [];
  const longestOther = Math.max(
    0,
    ...picks.filter((each) => !each.right).map((each) => each.text.length),
  );
  return picks.some((each) => each.right && each.text.length > longestOther);
}

/** A knowledge check on its own: unique ids, and every question answerable. */
export function analyseKnowledgeCheck(check: KnowledgeCheck, where: Where): Diagnostic[] {
  const found: Diagnostic[] = [];
  const questionIds = new Set<string>();
  check.questions.forEach((question, index) => {
    const path = ['questions', index];
    if (questionIds.has(question.id)) {
      found.push(
        finding(where, [...path, 'id'], {
          severity: 'error',
          code: 'duplicate-id',
          message: `question id '${question.id}' is used twice`,
          fix: 'give each question its own id',
        }),
      );
    }
    questionIds.add(question.id);
    found.push(...analyseQuestion(question, path, where));
  });
  const picking = check.questions.filter((question) => question.kind !== 'order');
  const longest = picking.filter(rightIsLongest);
  if (picking.length > 0 && longest.length / picking.length > SKILLED_LONGEST_LIMIT) {
    found.push(
      finding(where, ['questions'], {
        severity: 'warning',
        code: 'skilled-longest',
        message: `the right answer is the longest at ${longest.length} of ${picking.length} questions (${longest.map((question) => `'${question.id}'`).join(', ')}), so "pick the longest" wins without knowledge`,
        fix: `make the answers to a question comparable in length, so the right one is the longest at no more than ${Math.round(SKILLED_LONGEST_LIMIT * 100)}% of them`,
      }),
    );
  }
  return found;
}

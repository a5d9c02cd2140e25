import type { Diagnostic, JsonPath } from './diagnostics.ts';
import type { KnowledgeCheck, Pack } from './pack-schema.ts';
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
    const optionIds = new Set<string>();
    question.options.forEach((option, optionIndex) => {
      if (optionIds.has(option.id)) {
        found.push(
          finding(where, [...path, 'options', optionIndex, 'id'], {
            severity: 'error',
            code: 'duplicate-id',
            message: `option id '${option.id}' is used twice in question '${question.id}'`,
            fix: 'give each option its own id',
          }),
        );
      }
      optionIds.add(option.id);
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
  });
  const longest = check.questions.filter((question) => {
    const others = question.options.filter((option) => !option.correct);
    const longestOther = Math.max(0, ...others.map((option) => option.text.length));
    return question.options.some((option) => option.correct && option.text.length > longestOther);
  });
  if (longest.length / check.questions.length > SKILLED_LONGEST_LIMIT) {
    found.push(
      finding(where, ['questions'], {
        severity: 'warning',
        code: 'skilled-longest',
        message: `the right answer is the longest at ${longest.length} of ${check.questions.length} questions (${longest.map((question) => `'${question.id}'`).join(', ')}), so "pick the longest" wins without knowledge`,
        fix: `make the answers to a question comparable in length, so the right one is the longest at no more than ${Math.round(SKILLED_LONGEST_LIMIT * 100)}% of them`,
      }),
    );
  }
  return found;
}

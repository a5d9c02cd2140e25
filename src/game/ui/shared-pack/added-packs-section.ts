import type { PackSummary } from '../../../records/pack-summary.ts';
import type { Pack } from '../../../scenario/pack-schema.ts';
import { el, uniqueId } from '../dom.ts';
import { packSummaryButton, type MenuHistory } from '../history/history-section.ts';
import { assignmentLines, focusList } from './assignment-words.ts';

/*
 * "Packs from your tutor" on the menu: the packs this profile added from a link or a file, each
 * with the learner's progress through it, and the ways to add one (a pack file) or make one.
 */

export interface AddedPackItem {
  pack: Pack;
  /** The learner's progress, from src/records/pack-summary.ts. */
  summary: PackSummary;
}

export interface AddedPacksOptions {
  items: AddedPackItem[];
  history?: MenuHistory | undefined;
  onStart: (item: AddedPackItem) => void;
  onRemove: (pack: Pack) => void;
  onOpenFile: (file: File) => void;
  onBuild: () => void;
  // ---- Gradebook (issue 13)
  onGradebook?: () => void;
}

/** "1 of 2 scenarios played" or the pack score against its pass mark. */
export function progressWords(summary: PackSummary): string {
  const total = summary.scenarios.length;
  if (summary.score === null)
    return `${summary.scored} of ${total} ${total === 1 ? 'scenario' : 'scenarios'} played. Pass mark ${summary.passMark}.`;
  return `Pack score ${summary.score} out of 100, pass mark ${summary.passMark}: ${summary.reached ? 'reached' : 'not reached yet'}.`;
}

function packCard(item: AddedPackItem, options: AddedPacksOptions): HTMLElement {
  const { pack, summary } = item;
  const headingId = uniqueId('added-pack');
  return el('li', { attrs: { 'data-added-pack': pack.id } }, [
    el('article', { className: 'card', attrs: { 'aria-labelledby': headingId } }, [
      el('h3', { id: headingId, text: pack.title }),
      el('p', { text: pack.description }),
      el(
        'ol',
        { className: 'pack-scenarios' },
        summary.scenarios.map((line) =>
          el('li', {}, [
            line.title,
            el('span', {
              className: 'muted',
              text: line.best ? ` (best ${line.best.overall})` : ' (not played yet)',
            }),
          ]),
        ),
      ),
      el('p', { className: 'pack-progress', text: progressWords(summary) }),
      ...assignmentLines(pack).map((line) => el('p', { className: 'pack-assignment', text: line })),
      focusList(pack),
      el('div', { className: 'button-row' }, [
        el('button', {
          className: 'button button-primary',
          attrs: { type: 'button', 'aria-describedby': headingId },
          text: summary.scored === 0 ? 'Start pack' : 'Carry on with the pack',
          on: { click: () => options.onStart(item) },
        }),
        packSummaryButton(pack.id, headingId, options.history),
        el('button', {
          className: 'button button-quiet',
          attrs: { type: 'button', 'aria-describedby': headingId },
          text: 'Remove',
          on: { click: () => options.onRemove(pack) },
        }),
      ]),
    ]),
  ]);
}

export function addedPacksSection(options: AddedPacksOptions | undefined): HTMLElement | null {
  if (options === undefined) return null;
  const headingId = uniqueId('added-packs');
  const fileId = uniqueId('pack-file');
  const hintId = uniqueId('pack-file-hint');
  const file = el('input', {
    id: fileId,
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': hintId,
    },
    on: {
      change: () => {
        const chosen = file.files?.[0];
        file.value = '';
        if (chosen) options.onOpenFile(chosen);
      },
    },
  });
  return el(
    'section',
    { className: 'panel added-packs', attrs: { 'aria-labelledby': headingId } },
    [
      el('h2', { id: headingId, text: 'Packs from your tutor' }),
      options.items.length === 0
        ? el('p', {
            className: 'muted',
            text: 'No packs added yet. Open the pack link your tutor sent, or open their pack file here.',
          })
        : el(
            'ul',
            { className: 'card-grid' },
            options.items.map((item) => packCard(item, options)),
          ),
      el('div', { className: 'field' }, [
        el('label', { attrs: { for: fileId }, text: 'Open a pack file' }),
        el('p', {
          id: hintId,
          className: 'muted',
          text: 'A .resolve-pack.json file from your tutor.',
        }),
        file,
      ]),
      el('div', { className: 'button-row' }, [
        el('button', {
          className: 'button',
          attrs: { type: 'button' },
          text: 'Build a pack to share (for tutors)',
          on: { click: options.onBuild },
        }),
        // ---- Gradebook (issue 13)
        options.onGradebook
          ? el('button', {
              className: 'button',
              attrs: { type: 'button' },
              text: "Gradebook: import learners' results (for tutors)",
              on: { click: options.onGradebook },
            })
          : null,
      ]),
    ],
  );
}

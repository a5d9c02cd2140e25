import { CRITERION_IDS } from '../../../curriculum/ids.ts';
import { rangeItems } from '../../../curriculum/range.ts';
import { isRangeId } from '../../../curriculum/lookups.ts';
import {
  ANY_FILTER,
  buildPack,
  emptyDraft,
  filterScenarios,
  focusCoverage,
  move,
  packCoverage,
  setFocus,
  setPicked,
  type BuilderFilter,
  type Coverage,
  type PackDraft,
} from '../../../packs/pack-builder.ts';
import type { ContentIndex, ScenarioSummary } from '../../../scenario/content-index.ts';
import {
  FEEDBACK_MODES,
  TIMING_MODES,
  type FeedbackMode,
  type Pack,
  type TimingMode,
} from '../../../scenario/pack-schema.ts';
import { criterionText, criterionUnit, unitName, UNIT_IDS } from '../../catalogue.ts';
import { append, el, uniqueId, type Child } from '../dom.ts';
import { filterControls } from '../menu/menu-screen.ts';
import type { Screen } from '../screen.ts';
import { CHANNEL_WORDS, SECTOR_WORDS, minutesWords } from '../words.ts';

/*
 * The pack builder: a tutor names a pack, picks scenarios (filtered by criterion, customer,
 * sector and channel) and knowledge checks in order, sets a pass mark, a due date, the group, the
 * criteria to focus on and how learners play it, sees what the pack practises and misses (the
 * focus criteria marked), and shares it as a link or a file. The rules are in
 * src/packs/pack-builder.ts; this screen shows the draft and passes the tutor's changes on.
 */

export interface PackBuilderOptions {
  content: ContentIndex;
  // ---- Own scenarios (issue 13)
  /** The tutor's own scenarios on this device, listed apart: a pack needing them travels without them. */
  ownScenarios?: readonly ScenarioSummary[];
  // ---- end own scenarios
  now: () => Date;
  /** The whole link for the pack; the screen copies it or shows it to copy by hand. */
  linkFor: (pack: Pack) => string;
  /** Writes to the clipboard; rejects when the browser does not allow it. */
  copy: (text: string) => Promise<void>;
  onSaveFile: (pack: Pack) => void;
  onMenu: () => void;
  announce: (message: string) => void;
}

const FILTERED: readonly (keyof BuilderFilter)[] = ['criterion', 'trait', 'sector', 'channel'];

const button = (
  text: string,
  onClick: () => void,
  attrs: Record<string, string | boolean> = {},
  className = 'button',
): HTMLButtonElement =>
  el('button', { className, attrs: { type: 'button', ...attrs }, text, on: { click: onClick } });

function section(title: string, children: Child[], className = ''): HTMLElement {
  const id = uniqueId('builder-section');
  return el(
    'section',
    { className: `panel ${className}`.trim(), attrs: { 'aria-labelledby': id } },
    [el('h2', { id, text: title }), ...children],
  );
}

function textField(
  label: string,
  input: HTMLInputElement | HTMLTextAreaElement,
  hint?: string,
): HTMLElement {
  const hintId = hint ? uniqueId('hint') : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return el('div', { className: 'field' }, [
    el('label', { attrs: { for: input.id }, text: label }),
    hint && hintId ? el('p', { id: hintId, className: 'muted', text: hint }) : null,
    input,
  ]);
}

const rangeText = (id: string): string => (isRangeId(id) ? `${id}: ${rangeItems[id].text}` : id);

/** What is missing first (what a tutor acts on), then what is practised, folded away when long. */
function coverageLists(
  title: string,
  coverage: Coverage,
  words: (id: string) => string,
  focus: readonly string[] = [],
): Child[] {
  // Focus criteria say so in words and stand out by weight, never by colour alone.
  const list = (ids: string[], className: string) =>
    el(
      'ul',
      { className },
      ids.map((id) =>
        focus.includes(id)
          ? el('li', { className: 'coverage-focus', attrs: { 'data-focus': id } }, [
              el('strong', { text: 'Focus: ' }),
              words(id),
            ])
          : el('li', { text: words(id) }),
      ),
    );
  return [
    el('h3', { text: title }),
    el('p', {
      className: 'coverage-count',
      text: `Missing: ${coverage.missing.length} (another scenario in the library practises ${coverage.missing.length === 1 ? 'it' : 'them'})`,
    }),
    coverage.missing.length
      ? list(coverage.missing, 'coverage-missing')
      : el('p', { className: 'muted', text: 'None: the pack covers all the library offers.' }),
    coverage.practised.length
      ? el('details', { className: 'coverage-details' }, [
          el('summary', {
            className: 'coverage-count',
            text: `Practised: ${coverage.practised.length}`,
          }),
          list(coverage.practised, 'coverage-practised'),
        ])
      : el('p', { className: 'coverage-count', text: 'Practised: none yet. Pick a scenario.' }),
  ];
}

const FEEDBACK_LABELS: Record<FeedbackMode, string> = {
  'after-each-choice': 'After each choice: why it counts, and the best option, before going on',
  'at-end': 'Only in the debrief, at the end',
};

const TIMING_LABELS: Record<TimingMode, string> = {
  standard: 'Standard timing',
  extended: 'Extended timing (ten times longer)',
  off: 'No time limits',
};

/** A select whose first option, '', leaves the choice to the learner. */
function choiceSelect<T extends string>(
  idPrefix: string,
  noneLabel: string,
  choices: readonly (readonly [T, string])[],
  onChange: (value: T | '') => void,
): HTMLSelectElement {
  const select: HTMLSelectElement = el(
    'select',
    { id: uniqueId(idPrefix), on: { change: () => onChange(select.value as T | '') } },
    [
      el('option', { attrs: { value: '' }, text: noneLabel }),
      ...choices.map(([value, label]) => el('option', { attrs: { value }, text: label })),
    ],
  );
  return select;
}

const selectField = (label: string, select: HTMLSelectElement): HTMLElement =>
  el('div', { className: 'field' }, [
    el('label', { attrs: { for: select.id }, text: label }),
    select,
  ]);

function settingBox(
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  hint?: string,
): HTMLElement {
  const id = uniqueId('pack-setting');
  const hintId = hint ? uniqueId('hint') : undefined;
  const box = el('input', {
    id,
    attrs: { type: 'checkbox', ...(hintId ? { 'aria-describedby': hintId } : {}) },
    on: { change: () => onChange(box.checked) },
  });
  box.checked = checked;
  return el('div', { className: 'field' }, [
    el('div', { className: 'builder-choice' }, [
      box,
      el('label', { attrs: { for: id }, text: label }),
    ]),
    hint && hintId ? el('p', { id: hintId, className: 'muted', text: hint }) : null,
  ]);
}

/** The focus criteria against the pack: what a tutor needs to act on first. */
function focusSummary(focus: { practised: string[]; notPractised: string[] }): Child[] {
  if (focus.practised.length + focus.notPractised.length === 0) return [];
  return [
    el('h3', { text: 'Focus criteria' }),
    el('p', {
      className: 'coverage-count coverage-focus-summary',
      text: `Practised by the pack: ${focus.practised.length ? focus.practised.join(', ') : 'none yet'}.`,
    }),
    focus.notPractised.length
      ? el('p', {
          className: 'coverage-focus-missing',
          text: `Not practised by any scenario picked: ${focus.notPractised.join(', ')}. Pick a scenario that practises ${focus.notPractised.length === 1 ? 'it' : 'them'}.`,
        })
      : null,
  ];
}

export function createPackBuilderScreen(options: PackBuilderOptions): Screen {
  const { content } = options;
  const own = options.ownScenarios ?? [];
  let draft: PackDraft = emptyDraft();
  let filter: BuilderFilter = { ...ANY_FILTER };
  const titleOf = new Map<string, string>([
    ...content.scenarios.map((s) => [s.id, s.title] as const),
    ...own.map((s) => [s.id, s.title] as const),
    ...content.knowledgeChecks.map((c) => [c.id, c.title] as const),
  ]);

  // About the pack.
  const title = el('input', {
    id: uniqueId('pack-title'),
    attrs: { type: 'text', maxlength: 120, autocomplete: 'off' },
    on: { input: () => (draft = { ...draft, title: title.value }) },
  });
  const description = el('textarea', {
    id: uniqueId('pack-description'),
    attrs: { rows: 3, maxlength: 600 },
    on: { input: () => (draft = { ...draft, description: description.value }) },
  });
  const passMark = el('input', {
    id: uniqueId('pack-pass-mark'),
    attrs: { type: 'number', min: 0, max: 100, step: 1, inputmode: 'numeric' },
    on: {
      input: () => (draft = { ...draft, passMark: passMark.valueAsNumber }),
    },
  });
  passMark.value = String(draft.passMark);
  const dueDate = el('input', {
    id: uniqueId('pack-due'),
    attrs: { type: 'date' },
    on: { input: () => (draft = { ...draft, dueDate: dueDate.value }) },
  });
  const groupName = el('input', {
    id: uniqueId('pack-group'),
    attrs: { type: 'text', maxlength: 60, autocomplete: 'off' },
    on: { input: () => (draft = { ...draft, groupName: groupName.value }) },
  });

  // How learners play it: each control starts at what a learner gets without a pack setting.
  const feedback = choiceSelect<FeedbackMode>(
    'pack-feedback',
    'The learner’s own setting (feedback in the debrief unless they choose otherwise)',
    FEEDBACK_MODES.map((mode) => [mode, FEEDBACK_LABELS[mode]]),
    (value) => (draft = { ...draft, feedback: value }),
  );
  const timing = choiceSelect<TimingMode>(
    'pack-timing',
    'The learner’s own setting (standard timing unless they choose otherwise)',
    TIMING_MODES.map((mode) => [mode, TIMING_LABELS[mode]]),
    (value) => (draft = { ...draft, timing: value }),
  );
  const allowRetry = settingBox(
    'Let learners retry from any moment of the debrief',
    draft.allowRetry,
    (checked) => (draft = { ...draft, allowRetry: checked }),
  );
  const showBestPath = settingBox(
    'Show the best option at each moment of the debrief after the first try',
    draft.showBestPath,
    (checked) => (draft = { ...draft, showBestPath: checked }),
    'Untick it to let learners find the best path themselves by playing again. Feedback after each choice then says when a better option was missed, without naming it.',
  );

  // Focus criteria: one checkbox each, grouped by unit, folded away until wanted.
  const focusCount = el('p', { className: 'muted', attrs: { role: 'status' } });
  const showFocusCount = (): void => {
    const count = draft.focusCriteria.length;
    focusCount.textContent =
      count === 0
        ? 'No focus criteria chosen.'
        : `${count} focus ${count === 1 ? 'criterion' : 'criteria'} chosen: ${draft.focusCriteria.join(', ')}.`;
  };
  const focusBox = (id: string): HTMLElement => {
    const inputId = uniqueId('focus');
    const box = el('input', {
      id: inputId,
      attrs: { type: 'checkbox', 'data-focus-criterion': id },
      on: {
        change: () => {
          draft = { ...draft, focusCriteria: setFocus(draft.focusCriteria, id, box.checked) };
          showFocusCount();
          renderOrder();
        },
      },
    });
    return el('li', { className: 'builder-choice' }, [
      box,
      el('label', { attrs: { for: inputId } }, [
        el('strong', { text: `${id}: ` }),
        criterionText(id),
      ]),
    ]);
  };
  const focusPicker = el('details', { className: 'builder-focus' }, [
    el('summary', {
      text: 'Focus criteria (optional): choose the criteria learners should work on',
    }),
    ...UNIT_IDS.map((unit) => {
      const ids = CRITERION_IDS.filter((id) => criterionUnit(id) === unit);
      return ids.length === 0
        ? null
        : el('fieldset', { className: 'builder-focus-unit' }, [
            el('legend', { text: unitName(unit) }),
            el('ul', { className: 'plain-list' }, ids.map(focusBox)),
          ]);
    }),
  ]);
  showFocusCount();

  // Picking.
  const scenarioList = el('ul', { className: 'plain-list builder-choices' });
  const shownCount = el('p', { className: 'result-count', attrs: { role: 'status' } });
  const orderList = el('ol', { className: 'builder-order' });
  const coverage = el('div', { className: 'builder-coverage' });

  const checkbox = (id: string, label: string, detail: string, list: 'scenarios' | 'checks') => {
    const inputId = uniqueId('pick');
    const picked = (list === 'scenarios' ? draft.scenarios : draft.knowledgeChecks).includes(id);
    const box = el('input', {
      id: inputId,
      attrs: { type: 'checkbox', 'data-pick': id },
      on: {
        change: () => {
          if (list === 'scenarios')
            draft = { ...draft, scenarios: setPicked(draft.scenarios, id, box.checked) };
          else
            draft = {
              ...draft,
              knowledgeChecks: setPicked(draft.knowledgeChecks, id, box.checked),
            };
          renderOrder();
        },
      },
    });
    box.checked = picked;
    return el('li', { className: 'builder-choice' }, [
      box,
      el('label', { attrs: { for: inputId } }, [
        label,
        detail ? el('span', { className: 'muted', text: ` (${detail})` }) : null,
      ]),
    ]);
  };

  const renderScenarios = (): void => {
    const shown = filterScenarios(content.scenarios, filter);
    scenarioList.replaceChildren(
      ...shown.map((s) =>
        checkbox(
          s.id,
          s.title,
          `${SECTOR_WORDS[s.sector]}, ${CHANNEL_WORDS[s.channel]}, ${minutesWords(s.minutes)}`,
          'scenarios',
        ),
      ),
    );
    shownCount.textContent =
      shown.length === content.scenarios.length
        ? `Showing all ${shown.length} scenarios.`
        : `Showing ${shown.length} of ${content.scenarios.length} scenarios.`;
  };

  const orderItem = (id: string, index: number, list: string[], which: 'scenarios' | 'checks') => {
    const name = titleOf.get(id) ?? id;
    const moveBy = (by: -1 | 1) => {
      const moved = move(list, id, by);
      draft =
        which === 'scenarios'
          ? { ...draft, scenarios: moved }
          : { ...draft, knowledgeChecks: moved };
      renderOrder();
      const newIndex = moved.indexOf(id);
      options.announce(`“${name}” is now number ${newIndex + 1}.`);
      // Keep the keyboard where it was: on the same item's button, or its other one at an end.
      const row = orderList.querySelector(`[data-order="${which}:${CSS.escape(id)}"]`);
      const again = row?.querySelector<HTMLButtonElement>(
        `button[data-move="${by < 0 ? 'up' : 'down'}"]:not([disabled])`,
      );
      (again ?? row?.querySelector<HTMLButtonElement>('button:not([disabled])'))?.focus();
    };
    return el(
      'li',
      { className: 'builder-order-item', attrs: { 'data-order': `${which}:${id}` } },
      [
        el('span', { className: 'builder-order-name', text: name }),
        el('span', { className: 'button-row' }, [
          button('Move up', () => moveBy(-1), {
            'data-move': 'up',
            'aria-label': `Move up: ${name}`,
            disabled: index === 0,
          }),
          button('Move down', () => moveBy(1), {
            'data-move': 'down',
            'aria-label': `Move down: ${name}`,
            disabled: index === list.length - 1,
          }),
        ]),
      ],
    );
  };

  const renderOrder = (): void => {
    const items = [
      ...draft.scenarios.map((id, i) => orderItem(id, i, draft.scenarios, 'scenarios')),
      ...draft.knowledgeChecks.map((id, i) => orderItem(id, i, draft.knowledgeChecks, 'checks')),
    ];
    orderList.replaceChildren(
      ...(items.length ? items : [el('li', { className: 'muted', text: 'Nothing picked yet.' })]),
    );
    coverage.replaceChildren();
    const cover = packCoverage(draft.scenarios, [...content.scenarios, ...own]);
    append(coverage, [
      ...focusSummary(focusCoverage(draft.focusCriteria, cover.criteria)),
      ...coverageLists(
        'Criteria',
        cover.criteria,
        (id) => `${id}: ${criterionText(id)}`,
        draft.focusCriteria,
      ),
      ...coverageLists('Unit 312 range', cover.range, rangeText),
    ]);
  };

  const filters = filterControls(content.scenarios)
    .filter((control) => (FILTERED as readonly string[]).includes(control.key))
    .map((control) => {
      const id = uniqueId(`builder-filter-${control.key}`);
      const select = el(
        'select',
        {
          id,
          on: {
            change: () => {
              filter = { ...filter, [control.key]: select.value };
              renderScenarios();
            },
          },
        },
        [
          el('option', { attrs: { value: '' }, text: 'Any' }),
          ...control.values.map((v) => el('option', { attrs: { value: v.value }, text: v.label })),
        ],
      );
      return el('div', { className: 'field' }, [
        el('label', { attrs: { for: id }, text: control.label }),
        select,
      ]);
    });

  // Sharing.
  const problems = el('div', { attrs: { role: 'alert' } });
  const linkId = uniqueId('pack-link');
  const linkField = el('textarea', {
    id: linkId,
    className: 'pack-link-field',
    attrs: { readonly: true, rows: 3 },
  });
  const linkStatus = el('p', { attrs: { role: 'status' } });
  const linkBox = el('div', { className: 'field', attrs: { hidden: true } }, [
    el('label', { attrs: { for: linkId }, text: 'Pack link' }),
    linkField,
    linkStatus,
  ]);

  const built = (): Pack | null => {
    const result = buildPack(draft, options.now());
    if (result.ok) {
      problems.replaceChildren();
      problems.className = '';
      return result.pack;
    }
    problems.className = 'problem';
    problems.replaceChildren(
      el('p', { text: 'The pack is not ready to share yet:' }),
      el(
        'ul',
        {},
        result.problems.map((problem) => el('li', { text: problem })),
      ),
    );
    return null;
  };

  const copyLink = async (): Promise<void> => {
    const pack = built();
    if (pack === null) return;
    const link = options.linkFor(pack);
    linkField.value = link;
    linkBox.hidden = false;
    try {
      await options.copy(link);
      linkStatus.textContent = `Link copied (${link.length} characters). It is also in the box above.`;
    } catch {
      linkStatus.textContent = 'Select the link in the box above and copy it.';
    }
    options.announce(linkStatus.textContent);
  };

  renderScenarios();
  renderOrder();

  const heading = el('h1', { text: 'Build a pack' });
  const element = el('div', { className: 'pack-builder' }, [
    heading,
    el('p', {
      className: 'lede',
      text: 'Choose scenarios and knowledge checks for your learners, then share the pack as a link or a file. Nothing is sent anywhere: the pack travels in the link or the file itself.',
    }),
    section('About the pack', [
      textField('Title', title),
      textField('Description', description, 'One or two sentences: what the pack is for.'),
      textField('Pass mark (0 to 100)', passMark),
      textField('Due date (optional)', dueDate),
      textField(
        'Group name (optional)',
        groupName,
        'The class or group the pack is for, as learners will see it.',
      ),
      el('div', { className: 'field' }, [focusPicker, focusCount]),
    ]),
    section('How learners play it', [
      selectField('Feedback', feedback),
      selectField('Timing', timing),
      allowRetry,
      showBestPath,
    ]),
    section('Scenarios', [
      el(
        'form',
        {
          className: 'filters',
          attrs: { 'aria-label': 'Filter the scenarios' },
          on: { submit: (event) => event.preventDefault() },
        },
        filters,
      ),
      shownCount,
      scenarioList,
    ]),
    // ---- Own scenarios (issue 13)
    own.length
      ? section('Your own scenarios', [
          el('p', {
            className: 'muted',
            text: 'Scenarios you opened from your own files. A pack that lists one works only on a device where that scenario has been opened too: send your learners the scenario file with the pack.',
          }),
          el(
            'ul',
            { className: 'plain-list builder-choices' },
            own.map((s) =>
              checkbox(
                s.id,
                s.title,
                `your own scenario, ${SECTOR_WORDS[s.sector]}, ${CHANNEL_WORDS[s.channel]}`,
                'scenarios',
              ),
            ),
          ),
        ])
      : null,
    // ---- end own scenarios
    content.knowledgeChecks.length
      ? section('Knowledge checks', [
          el('p', { className: 'muted', text: 'Played after the scenarios.' }),
          el(
            'ul',
            { className: 'plain-list builder-choices' },
            content.knowledgeChecks.map((check) => checkbox(check.id, check.title, '', 'checks')),
          ),
        ])
      : null,
    section('Your pack, in order', [orderList]),
    section('What the pack practises', [coverage], 'builder-coverage-panel'),
    section('Share the pack', [
      problems,
      el('div', { className: 'button-row' }, [
        button('Copy link', () => void copyLink(), {}, 'button button-primary'),
        button('Save pack file', () => {
          const pack = built();
          if (pack !== null) options.onSaveFile(pack);
        }),
        button('Back to the menu', options.onMenu),
      ]),
      linkBox,
    ]),
  ]);
  return {
    name: 'pack-builder',
    element,
    heading,
    title: 'Build a pack: Resolve',
    route: { kind: 'pack-builder' },
  };
}

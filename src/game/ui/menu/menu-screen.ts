import type { Pack } from '../../../scenario/pack-schema.ts';
import type { ContentIndex, ScenarioSummary } from '../../../scenario/content-index.ts';
import type { ContentProblem } from '../../content/load-content.ts';
import type { SavedPlayEntry } from '../../../storage/resolve-store.ts';
import { criterionText, unitName } from '../../catalogue.ts';
import { el, uniqueId, type Child } from '../dom.ts';
import type { Screen } from '../screen.ts';
import {
  CHANNEL_WORDS,
  DIFFICULTY_WORDS,
  PRESSURE_WORDS,
  SECTOR_WORDS,
  TRAIT_WORDS,
  traitsWords,
  minutesWords,
} from '../words.ts';
import {
  FILTER_KEYS,
  criteriaPresent,
  filterLibrary,
  traitsPresent,
  unitsPresent,
  valuesPresent,
  type FilterKey,
  type LibraryFilter,
} from './library-filter.ts';
import { howToPlay } from './how-to-play.ts';
import { progressLink } from '../progress/progress-link.ts';
import { menuFooter } from '../data/privacy-notice.ts';
import { KEPT_WORDS } from '../../play/resume-words.ts';
import {
  historySection,
  packSummaryButton,
  scenarioRecordLine,
  type MenuHistory,
} from '../history/history-section.ts';
import { checksSection, type ChecksSectionOptions } from '../check/checks-section.ts';
import { addedPacksSection, type AddedPacksOptions } from '../shared-pack/added-packs-section.ts';
// ---- Own scenarios (issue 13)
import {
  ownScenariosSection,
  type OwnScenariosOptions,
} from '../own-scenarios/own-scenarios-section.ts';
// ---- end own scenarios

export interface MenuOptions {
  content: ContentIndex | null;
  contentProblem: ContentProblem | null;
  savedPlays: SavedPlayItem[];
  showHowToPlay: boolean;
  filter: LibraryFilter;
  onFilterChange: (filter: LibraryFilter) => void;
  onPlay: (scenario: ScenarioSummary, pack?: Pack) => void;
  onContinue: (saved: SavedPlayEntry) => void;
  onDiscard: (saved: SavedPlayEntry) => void;
  /** For a play that cannot be continued: what it holds, and ways on. */
  onPlayedSoFar: (saved: SavedPlayEntry) => void;
  onExport: (saved: SavedPlayEntry) => void;
  onStartAgain: (saved: SavedPlayEntry) => void;
  onHowToPlayToggled: (open: boolean) => void;
  /** The learner's finished plays, for "Your results" and the cards' completion lines. */
  history?: MenuHistory;
  checks?: ChecksSectionOptions | undefined;
  /** Packs added from a tutor's link or file (src/game/ui/shared-pack/). */
  addedPacks?: AddedPacksOptions | undefined;
  // ---- Own scenarios (issue 13)
  /** A tutor's own scenario files (src/game/ui/own-scenarios/). */
  ownScenarios?: OwnScenariosOptions | undefined;
  // ---- end own scenarios
  /** Opens the progress page (src/game/ui/progress/). */
  onProgress?: () => void;
  /** Opens the privacy notice, linked from the footer. */
  onPrivacy?: () => void;
}

/** A saved play as the menu lists it. */
export interface SavedPlayItem {
  entry: SavedPlayEntry;
  title: string;
  /** Whether the library has its scenario. */
  inLibrary: boolean;
  /** Why it cannot be continued, in words; null when it looks continuable. */
  problem: string | null;
  /** What exactly is wrong, for a tutor. */
  detail: string | null;
}

export function problemBox(problem: ContentProblem): HTMLElement {
  return el('div', { className: 'problem', attrs: { role: 'alert' } }, [
    el('p', {}, [el('strong', { text: problem.file }), ` ${problem.message}.`]),
    problem.details.length
      ? el(
          'ul',
          {},
          problem.details.map((detail) => el('li', { text: detail })),
        )
      : null,
  ]);
}

const button = (text: string, onClick: () => void, primary = false): HTMLElement =>
  el('button', {
    className: primary ? 'button button-primary' : 'button',
    attrs: { type: 'button' },
    text,
    on: { click: onClick },
  });

/** The ways on from a saved play that cannot be continued: shared by the menu and its own screen. */
export function unresumableActions(
  title: string,
  actions: { playedSoFar?: () => void; export: () => void; startAgain?: () => void },
): HTMLElement {
  return el('div', { className: 'button-row' }, [
    actions.playedSoFar ? button('See what you played so far', actions.playedSoFar, true) : null,
    button(`Export the saved play of “${title}”`, actions.export, !actions.playedSoFar),
    actions.startAgain
      ? button('Start again (replaces this saved play)', actions.startAgain)
      : null,
  ]);
}

function continueSection(options: MenuOptions): HTMLElement | null {
  if (options.savedPlays.length === 0) return null;
  const headingId = uniqueId('continue');
  return el('section', { className: 'panel continue', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { id: headingId, text: 'Continue where you left off' }),
    el(
      'ul',
      { className: 'plain-list' },
      options.savedPlays.map((item) => {
        const { entry, title } = item;
        const when = new Date(entry.savedAt);
        const whenWords = Number.isNaN(when.getTime())
          ? ''
          : ` · saved ${when.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
        const where = entry.read.ok
          ? ` · step ${entry.read.play.step + 1}${entry.read.play.nodeTitle ? `: ${entry.read.play.nodeTitle}` : ''}`
          : '';
        const discard = el('button', {
          className: 'button button-quiet',
          attrs: { type: 'button' },
          text: 'Discard',
          on: { click: () => options.onDiscard(entry) },
        });
        return el('li', { className: 'continue-item', attrs: { 'data-saved-play': entry.key } }, [
          el('p', {}, [
            el('strong', { text: title }),
            el('span', { className: 'muted', text: `${where}${whenWords}` }),
          ]),
          item.problem === null
            ? el('div', { className: 'button-row' }, [
                button(`Continue “${title}”`, () => options.onContinue(entry), true),
                discard,
              ])
            : el('div', { className: 'saved-play-problem' }, [
                el('p', {
                  className: 'warning',
                  attrs: { role: 'status' },
                  text: `${item.problem} ${KEPT_WORDS}`,
                }),
                item.detail ? el('p', { className: 'muted', text: `(${item.detail})` }) : null,
                unresumableActions(title, {
                  ...(item.inLibrary && !entry.read.ok && entry.read.transcript !== null
                    ? { playedSoFar: () => options.onPlayedSoFar(entry) }
                    : {}),
                  export: () => options.onExport(entry),
                  ...(item.inLibrary ? { startAgain: () => options.onStartAgain(entry) } : {}),
                }),
                el('div', { className: 'button-row' }, [discard]),
              ]),
        ]);
      }),
    ),
  ]);
}

function tag(label: string, value: string): HTMLElement {
  return el('li', { className: 'tag' }, [
    el('span', { className: 'visually-hidden', text: `${label}: ` }),
    value,
  ]);
}

function scenarioCard(
  scenario: ScenarioSummary,
  onPlay: () => void,
  history: MenuHistory | undefined,
): HTMLElement {
  const headingId = uniqueId('scenario');
  const criteriaId = uniqueId('criteria');
  return el('li', {}, [
    el('article', { className: 'card scenario-card', attrs: { 'aria-labelledby': headingId } }, [
      el('h3', { id: headingId, text: scenario.title }),
      el('p', { text: scenario.summary }),
      scenarioRecordLine(history?.records.get(scenario.id)),
      el('ul', { className: 'tags', attrs: { 'aria-label': 'About this scenario' } }, [
        tag('Customer', traitsWords(scenario.traits)),
        tag('Channel', CHANNEL_WORDS[scenario.channel]),
        tag('Sector', SECTOR_WORDS[scenario.sector]),
        tag('Pace', PRESSURE_WORDS[scenario.pressure]),
        tag('Difficulty', DIFFICULTY_WORDS[scenario.difficulty]),
        tag('Length', minutesWords(scenario.minutes)),
        tag('Timing', scenario.timed ? 'timed replies (pause or extend in Settings)' : 'untimed'),
      ]),
      el('details', { className: 'criteria-details' }, [
        el('summary', { id: criteriaId }, [
          `Evidences ${scenario.criteria.length} criteria: `,
          scenario.criteria.join(', '),
        ]),
        el(
          'ul',
          { className: 'criteria-list' },
          scenario.criteria.map((id) =>
            el('li', {}, [el('strong', { text: id }), ` ${criterionText(id)}`]),
          ),
        ),
      ]),
      el('button', {
        className: 'button button-primary',
        attrs: { type: 'button', 'aria-describedby': headingId },
        text: 'Play',
        on: { click: onPlay },
      }),
    ]),
  ]);
}

function packSection(options: MenuOptions, content: ContentIndex): HTMLElement | null {
  if (content.packs.length === 0) return null;
  const byId = new Map(content.scenarios.map((scenario) => [scenario.id, scenario]));
  const headingId = uniqueId('packs');
  return el('section', { className: 'panel', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { id: headingId, text: 'Practice packs' }),
    el(
      'ul',
      { className: 'card-grid' },
      content.packs.map((pack) => {
        const scenarios = pack.scenarios.flatMap((id) => {
          const found = byId.get(id);
          return found ? [found] : [];
        });
        const packHeading = uniqueId('pack');
        const first = scenarios[0];
        return el('li', {}, [
          el('article', { className: 'card', attrs: { 'aria-labelledby': packHeading } }, [
            el('h3', { id: packHeading, text: pack.title }),
            el('p', { text: pack.description }),
            el(
              'ol',
              { className: 'pack-scenarios' },
              scenarios.map((scenario) =>
                el('li', {}, [
                  scenario.title,
                  el('span', { className: 'muted', text: ` (${minutesWords(scenario.minutes)})` }),
                ]),
              ),
            ),
            pack.settings?.timing
              ? el('p', {
                  className: 'muted',
                  text: `Suggested timing: ${pack.settings.timing} (your own setting wins).`,
                })
              : null,
            first
              ? el('button', {
                  className: 'button button-primary',
                  attrs: { type: 'button', 'aria-describedby': packHeading },
                  text: 'Start pack',
                  on: { click: () => options.onPlay(first, pack) },
                })
              : el('p', {
                  className: 'muted',
                  text: 'None of this pack’s scenarios is installed.',
                }),
            packSummaryButton(pack.id, packHeading, options.history),
          ]),
        ]);
      }),
    ),
  ]);
}

export interface FilterControl {
  key: FilterKey;
  label: string;
  values: { value: string; label: string; group?: string }[];
}

export function filterControls(scenarios: readonly ScenarioSummary[]): FilterControl[] {
  const words = <T extends string>(values: T[], map: Record<T, string>) =>
    values
      .map((value) => ({ value, label: map[value] }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return [
    {
      key: 'unit',
      label: 'Unit',
      values: unitsPresent(scenarios).map((unit) => ({ value: unit, label: unitName(unit) })),
    },
    {
      key: 'criterion',
      label: 'Criterion',
      values: criteriaPresent(scenarios)
        .sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }))
        .map((id) => {
          const text = criterionText(id);
          return {
            value: id,
            label: `${id}: ${text.length > 70 ? `${text.slice(0, 68)}…` : text}`,
          };
        }),
    },
    {
      key: 'trait',
      label: 'Customer',
      values: words(traitsPresent(scenarios), TRAIT_WORDS),
    },
    {
      key: 'sector',
      label: 'Sector',
      values: words(valuesPresent(scenarios, 'sector'), SECTOR_WORDS),
    },
    {
      key: 'channel',
      label: 'Channel',
      values: words(valuesPresent(scenarios, 'channel'), CHANNEL_WORDS),
    },
    {
      key: 'difficulty',
      label: 'Difficulty',
      values: (['introductory', 'intermediate', 'advanced'] as const)
        .filter((value) => scenarios.some((scenario) => scenario.difficulty === value))
        .map((value) => ({ value, label: DIFFICULTY_WORDS[value] })),
    },
  ];
}

function librarySection(options: MenuOptions, content: ContentIndex): HTMLElement {
  const headingId = uniqueId('library');
  const list = el('ul', { className: 'card-grid library' });
  const count = el('p', { className: 'result-count', attrs: { role: 'status' } });
  let filter: LibraryFilter = { ...options.filter };

  const render = (): void => {
    const shown = filterLibrary(content.scenarios, filter);
    list.replaceChildren(
      ...shown.map((scenario) =>
        scenarioCard(scenario, () => options.onPlay(scenario), options.history),
      ),
    );
    count.textContent =
      shown.length === content.scenarios.length
        ? `Showing all ${shown.length} scenarios.`
        : `Showing ${shown.length} of ${content.scenarios.length} scenarios.`;
  };

  const selects: HTMLSelectElement[] = [];
  const controls = filterControls(content.scenarios).map((control) => {
    const id = uniqueId(`filter-${control.key}`);
    const select = el(
      'select',
      {
        id,
        on: {
          change: () => {
            const value = select.value;
            filter = { ...filter };
            if (value) (filter as Record<string, string>)[control.key] = value;
            else delete filter[control.key];
            options.onFilterChange(filter);
            render();
          },
        },
      },
      [
        el('option', { attrs: { value: '' }, text: 'Any' }),
        ...control.values.map((v) => el('option', { attrs: { value: v.value }, text: v.label })),
      ],
    );
    select.value = filter[control.key] ?? '';
    selects.push(select);
    return el('div', { className: 'field' }, [
      el('label', { attrs: { for: id }, text: control.label }),
      select,
    ]);
  });

  const clear = el('button', {
    className: 'button button-quiet',
    attrs: { type: 'button' },
    text: 'Clear filters',
    on: {
      click: () => {
        filter = {};
        for (const select of selects) select.value = '';
        options.onFilterChange(filter);
        render();
      },
    },
  });

  render();
  void FILTER_KEYS;
  return el('section', { className: 'panel', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { id: headingId, text: 'Scenario library' }),
    el(
      'form',
      {
        className: 'filters',
        attrs: { 'aria-label': 'Filter the scenarios' },
        on: { submit: (event) => event.preventDefault() },
      },
      [...controls, el('div', { className: 'field field-action' }, [clear])],
    ),
    count,
    list,
  ]);
}

export function createMenuScreen(options: MenuOptions): Screen {
  const heading = el('h1', { text: 'Resolve' });
  const children: Child[] = [
    el('header', { className: 'menu-intro' }, [
      heading,
      el('p', {
        className: 'lede',
        text: 'Practise handling customer complaints: listen, investigate, weigh the options and put things right. Every choice is matched to the techniques and criteria of your qualification.',
      }),
    ]),
  ];
  if (options.contentProblem) {
    children.push(
      el('section', { className: 'panel', attrs: { 'aria-label': 'Problem loading scenarios' } }, [
        el('h2', { text: 'The scenario library could not be loaded' }),
        problemBox(options.contentProblem),
      ]),
    );
  }
  children.push(continueSection(options));
  children.push(historySection(options.history));
  children.push(progressLink(options.onProgress));
  children.push(howToPlay({ open: options.showHowToPlay, onToggle: options.onHowToPlayToggled }));
  if (options.content) {
    children.push(packSection(options, options.content));
    children.push(addedPacksSection(options.addedPacks));
    // ---- Own scenarios (issue 13)
    children.push(ownScenariosSection(options.ownScenarios));
    // ---- end own scenarios
    if (options.checks) children.push(checksSection(options.checks));
    children.push(librarySection(options, options.content));
  }
  if (options.onPrivacy) children.push(menuFooter(options.onPrivacy));
  const element = el('div', { className: 'menu' }, children);
  return { name: 'menu', element, heading, title: 'Resolve: complaint-handling practice' };
}

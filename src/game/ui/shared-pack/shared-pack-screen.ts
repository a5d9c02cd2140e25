import type { SharedPackRead } from '../../../packs/shared-pack.ts';
import type { Pack } from '../../../scenario/pack-schema.ts';
import type { Route } from '../../route.ts';
import { el, uniqueId } from '../dom.ts';
import type { Screen } from '../screen.ts';
import { assignmentLines, focusList } from './assignment-words.ts';

/*
 * A pack that arrived from a link or a file: what it holds, to add to the learner's packs, or, when
 * it cannot be read, what is wrong in words a learner can pass on to a tutor.
 */

export interface SharedPackScreenOptions {
  read: SharedPackRead;
  /** 'link' or 'file': where the pack came from, for the words. */
  source: 'link' | 'file';
  scenarioTitle: (scenarioId: string) => string;
  checkTitle: (checkId: string) => string;
  /** Whether this profile already has a pack of this id (adding replaces it). */
  alreadyAdded: (packId: string) => boolean;
  onAdd: (pack: Pack) => void;
  onMenu: () => void;
  route?: Route;
}

const button = (text: string, onClick: () => void, primary = false): HTMLButtonElement =>
  el('button', {
    className: primary ? 'button button-primary' : 'button',
    attrs: { type: 'button' },
    text,
    on: { click: onClick },
  });

function refused(options: SharedPackScreenOptions, message: string): HTMLElement[] {
  return [
    el('div', { className: 'problem', attrs: { role: 'alert' } }, [el('p', { text: message })]),
    el('div', { className: 'button-row' }, [button('Back to the menu', options.onMenu, true)]),
  ];
}

function details(options: SharedPackScreenOptions, pack: Pack): HTMLElement[] {
  const titleId = uniqueId('shared-pack-title');
  const checks = pack.knowledgeChecks ?? [];
  return [
    el('section', { className: 'panel', attrs: { 'aria-labelledby': titleId } }, [
      el('h2', { id: titleId, className: 'shared-pack-title', text: pack.title }),
      el('p', { text: pack.description }),
      el('h3', { text: pack.scenarios.length === 1 ? 'Scenario' : 'Scenarios, in order' }),
      el(
        'ol',
        { className: 'pack-scenarios' },
        pack.scenarios.map((id) => el('li', { text: options.scenarioTitle(id) })),
      ),
      checks.length > 0 ? el('h3', { text: 'Knowledge checks, after the scenarios' }) : null,
      checks.length > 0
        ? el(
            'ol',
            { className: 'pack-scenarios' },
            checks.map((id) => el('li', { text: options.checkTitle(id) })),
          )
        : null,
      el('p', {}, [el('strong', { text: 'Pass mark: ' }), `${pack.passMark} out of 100.`]),
      ...assignmentLines(pack).map((line) => el('p', {}, [el('strong', { text: line })])),
      focusList(pack),
      options.alreadyAdded(pack.id)
        ? el('p', {
            className: 'muted',
            text: 'You already have this pack. Adding it again keeps your progress and updates the pack.',
          })
        : null,
    ]),
    el('div', { className: 'button-row' }, [
      button('Add to my packs', () => options.onAdd(pack), true),
      button('Not now', options.onMenu),
    ]),
  ];
}

export function createSharedPackScreen(options: SharedPackScreenOptions): Screen {
  const { read } = options;
  const heading = el('h1', {
    text: read.ok ? `Add this pack from a ${options.source}?` : 'This pack cannot be opened',
  });
  const element = el('div', { className: 'shared-pack' }, [
    heading,
    ...(read.ok ? details(options, read.pack) : refused(options, read.message)),
  ]);
  return {
    name: 'shared-pack',
    element,
    heading,
    title: read.ok ? `Add a pack: ${read.pack.title}` : 'This pack cannot be opened',
    ...(options.route ? { route: options.route } : {}),
  };
}

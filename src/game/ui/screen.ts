import type { Route } from '../route.ts';

/** One screen of the game: the DOM it shows, the heading focus moves to, and its clean-up. */
export interface Screen {
  name:
    | 'menu'
    | 'encounter'
    | 'debrief'
    | 'problem'
    | 'pack-summary'
    | 'check'
    | 'progress'
    | 'profiles'
    | 'shared-pack'
    | 'pack-builder'
    | 'evidence-record'
    // ---- Gradebook (issue 13)
    | 'gradebook';
  element: HTMLElement;
  heading: HTMLElement;
  /** The page title while this screen shows. */
  title: string;
  dispose?: () => void;
  /** Keys pressed anywhere on the page while this screen shows; return true if handled. */
  onKey?: (event: KeyboardEvent) => boolean;
  /** Where the stage (canvas or DOM picture) goes while this screen shows; none hides it. */
  stageSlot?: HTMLElement | undefined;
  /** Where a reload comes back to (src/game/route.ts); none: the menu. */
  route?: Route;
  /** Called when a dialog (settings) opens over the screen or closes again. */
  onCovered?: (covered: boolean) => void;
}

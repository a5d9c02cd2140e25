import {
  FEEDBACK_CHOICES,
  MOOD_METER_CHOICES,
  REDUCED_MOTION_CHOICES,
  TEXT_SIZES,
  TEXT_SIZE_PERCENT,
  TIMING_CHOICES,
  type Settings,
} from '../settings/settings.ts';
import { el, uniqueId } from './dom.ts';

export interface SettingsDialogOptions {
  settings: () => Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** Words about where settings are kept (or why they are not). */
  storageNote: () => string;
  onOpen?: () => void;
  onClose?: () => void;
  /** "Your data" of the profile playing now (export, import, delete, privacy), built on open. */
  yourData?: () => HTMLElement | null;
}

const TEXT_SIZE_WORDS = {
  standard: 'Standard',
  large: 'Large',
  larger: 'Larger',
  largest: 'Largest',
} as const;

const MOTION_WORDS = {
  system: 'Follow my device’s setting',
  on: 'Reduce motion (no typing effect, no animation)',
  off: 'Full motion',
} as const;

const TIMING_WORDS = {
  default: 'Default: standard, unless your tutor’s pack sets it',
  standard: 'Standard: busy-day time limits as written',
  extended: 'Extended: at least ten times longer',
  off: 'Off: no time limits',
} as const;

const MOOD_METER_WORDS = {
  default: 'Default: shown, unless your tutor’s pack hides it',
  on: 'Always show',
  off: 'Never show',
} as const;

const FEEDBACK_WORDS = {
  default:
    'Default: in the debrief at the end, unless your tutor’s pack shows it after each choice',
  'after-each-choice': 'After each choice: why it counts, and the best option, before going on',
  'at-end': 'At the end: in the debrief only',
} as const;

function radioGroup<T extends string>(options: {
  legend: string;
  name: string;
  values: readonly T[];
  words: Record<T, string>;
  current: T;
  onPick: (value: T) => void;
}): HTMLFieldSetElement {
  return el('fieldset', { className: 'choice-group' }, [
    el('legend', { text: options.legend }),
    ...options.values.map((value) => {
      const id = uniqueId(options.name);
      return el('div', { className: 'radio' }, [
        el('input', {
          id,
          attrs: { type: 'radio', name: options.name, value, checked: value === options.current },
          on: { change: () => options.onPick(value) },
        }),
        el('label', { attrs: { for: id }, text: options.words[value] }),
      ]);
    }),
  ]);
}

function checkbox(options: {
  label: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
}): HTMLElement {
  const id = uniqueId('check');
  const input = el('input', {
    id,
    attrs: { type: 'checkbox', checked: options.checked },
    on: { change: () => options.onToggle(input.checked) },
  });
  return el('div', { className: 'checkbox' }, [
    input,
    el('label', { attrs: { for: id }, text: options.label }),
  ]);
}

/** The settings, as a modal dialog so it can open over an encounter without losing it. */
export function createSettingsDialog(options: SettingsDialogOptions): {
  open: () => void;
  /** Shows the settings as they are now, when data changed while the dialog is open. */
  refresh: () => void;
  element: HTMLDialogElement;
} {
  const headingId = uniqueId('settings-heading');
  const dialog = el('dialog', {
    className: 'settings-dialog',
    attrs: { 'aria-labelledby': headingId },
  });
  const heading = el('h2', { id: headingId, text: 'Settings', attrs: { tabindex: -1 } });

  // Built once per opening: it holds the outcome of an import or a deletion, which a refresh
  // of the settings around it must not wipe.
  let yourData: HTMLElement | null = null;

  const render = (): void => {
    const settings = options.settings();
    const change = (patch: Partial<Settings>): void => {
      options.onChange(patch);
    };
    const volumeId = uniqueId('volume');
    const volume = el('input', {
      id: volumeId,
      attrs: {
        type: 'range',
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(settings.volume * 100),
        disabled: !settings.sound,
        'aria-valuetext': `${Math.round(settings.volume * 100)} percent`,
      },
      on: {
        change: () => change({ volume: Number(volume.value) / 100 }),
        input: () => volume.setAttribute('aria-valuetext', `${volume.value} percent`),
      },
    });
    dialog.replaceChildren(
      el('div', { className: 'dialog-body' }, [
        heading,
        el('p', { className: 'muted', text: options.storageNote() }),
        el('form', { className: 'settings-form', attrs: { method: 'dialog' } }, [
          radioGroup({
            legend: 'Text size',
            name: 'text-size',
            values: TEXT_SIZES,
            words: Object.fromEntries(
              TEXT_SIZES.map((size) => [
                size,
                `${TEXT_SIZE_WORDS[size]} (${TEXT_SIZE_PERCENT[size]}%)`,
              ]),
            ) as Record<(typeof TEXT_SIZES)[number], string>,
            current: settings.textSize,
            onPick: (textSize) => change({ textSize }),
          }),
          radioGroup({
            legend: 'Motion',
            name: 'motion',
            values: REDUCED_MOTION_CHOICES,
            words: MOTION_WORDS,
            current: settings.reducedMotion,
            onPick: (reducedMotion) => change({ reducedMotion }),
          }),
          el('fieldset', { className: 'choice-group' }, [
            el('legend', { text: 'Sound' }),
            checkbox({
              label: 'Play sounds',
              checked: settings.sound,
              onToggle: (sound) => {
                volume.disabled = !sound;
                change({ sound });
              },
            }),
            el('div', { className: 'field' }, [
              el('label', { attrs: { for: volumeId }, text: 'Volume' }),
              volume,
            ]),
            checkbox({
              label: 'Show captions for sounds',
              checked: settings.captions,
              onToggle: (captions) => change({ captions }),
            }),
          ]),
          radioGroup({
            legend: 'Time limits to answer',
            name: 'timing',
            values: TIMING_CHOICES,
            words: TIMING_WORDS,
            current: settings.timing,
            onPick: (timing) => change({ timing }),
          }),
          radioGroup({
            legend: 'Mood meter (shows how the customer feels)',
            name: 'mood-meter',
            values: MOOD_METER_CHOICES,
            words: MOOD_METER_WORDS,
            current: settings.moodMeter,
            onPick: (moodMeter) => change({ moodMeter }),
          }),
          radioGroup({
            legend: 'Feedback after each choice',
            name: 'feedback',
            values: FEEDBACK_CHOICES,
            words: FEEDBACK_WORDS,
            current: settings.feedback,
            onPick: (feedback) => change({ feedback }),
          }),
          el('fieldset', { className: 'choice-group' }, [
            el('legend', { text: 'Contrast' }),
            checkbox({
              label: 'High contrast',
              checked: settings.highContrast,
              onToggle: (highContrast) => change({ highContrast }),
            }),
          ]),
          yourData,
          el('div', { className: 'button-row' }, [
            el('button', {
              className: 'button button-primary',
              attrs: { type: 'submit', value: 'close' },
              text: 'Done',
            }),
          ]),
        ]),
      ]),
    );
  };

  dialog.addEventListener('close', () => options.onClose?.());
  return {
    element: dialog,
    open: () => {
      yourData = options.yourData?.() ?? null;
      render();
      if (!dialog.isConnected) document.body.append(dialog);
      dialog.showModal();
      heading.focus();
      options.onOpen?.();
    },
    refresh: () => {
      if (!dialog.open) return;
      const focused = dialog.ownerDocument.activeElement;
      const focusWasInside = focused instanceof HTMLElement && dialog.contains(focused);
      render();
      if (!focusWasInside) return;
      // Moving the kept section out and back in drops its focus: give it back, or to the heading
      // when the focused control was rebuilt.
      if (dialog.contains(focused)) focused.focus();
      else heading.focus();
    },
  };
}

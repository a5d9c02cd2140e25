import type { ReviewCard } from '../revision/review-card.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Profile, Reflection } from './learner-records.ts';
import type { FinishedCheck, FinishedPlay, SavedPlay } from './saved-play.ts';
import type { SavedPlayEntry } from './store.ts';

/*
 * The store as the learner-records screens use it (issue 12): one profile's plays, results,
 * reflections, knowledge-check results, review cards and settings. Everything a method reads or
 * writes is the profile's own; no method takes another profile's key, so one profile cannot see,
 * continue or delete another's plays whatever a screen does. Records are validated when read.
 *
 * This file is the contract the store (src/storage) implements and the screens code against.
 */

export type { Profile, Reflection } from './learner-records.ts';
export type { FinishedCheck } from './saved-play.ts';

/** A finished scenario play, as the history lists it. */
export interface PlayRecord {
  /**
   * A stable id for the play: the sha-256 of the finished play's canonical JSON (first 32 hex
   * characters), so the same play imported twice is kept once.
   */
  playId: string;
  /** ISO 8601 time it was saved. */
  savedAt: string;
  result: FinishedPlay;
  reflection?: Reflection;
}

export interface CheckRecord {
  /** The sha-256 of the finished check's canonical JSON, first 32 hex characters. */
  playId: string;
  savedAt: string;
  result: FinishedCheck;
}

/** A pack the learner added from a link or a file a tutor shared. */
export interface AddedPack {
  pack: Pack;
  /** ISO 8601 time it was added. */
  savedAt: string;
}

// ---- Own scenarios (issue 13)
/**
 * A tutor's own scenario file kept on the device, checked again when read (as `resolve
 * validate` checks it): `scenario` only when it has no errors, `lines` the diagnostics.
 */
export interface OwnScenarioEntry {
  scenarioId: string;
  fileName: string;
  /** The YAML text as it was opened. */
  text: string;
  /** ISO 8601 time it was opened. */
  savedAt: string;
  scenario?: Scenario;
  /** `file:line:col: error|warning: message (fix: …)`, as `resolve validate` prints them. */
  lines: string[];
}
// ---- end own scenarios

/** What an import did, in numbers the learner can read. */
export interface ImportReport {
  added: {
    plays: number;
    checks: number;
    reflections: number;
    inProgress: number;
    packs: number;
    ownScenarios: number;
  };
  /** Already on this device (same play id): left as they were. */
  alreadyHere: number;
}

export type ImportOutcome =
  | { ok: true; report: ImportReport }
  /** Nothing was stored: `message` names the problem and the fix, `where` the place in the file. */
  | { ok: false; message: string; where?: string };

/** The profile-scoped store: what every learner-records screen uses. */
export interface LearnerStore {
  readonly mode: 'indexeddb' | 'memory';
  readonly problem?: string | undefined;
  readonly profile: Profile;

  // Plays in progress (one per scenario per profile).
  saveProgress(scenarioId: string, play: SavedPlay): Promise<void>;
  loadProgress(scenarioId: string): Promise<SavedPlayEntry | undefined>;
  /** Newest first, damaged ones included (with their reason). */
  listProgress(): Promise<SavedPlayEntry[]>;
  clearProgress(scenarioId: string): Promise<void>;

  // Finished plays.
  /** Returns the play id it is kept under. Saving the same play twice keeps one. */
  saveResult(result: FinishedPlay): Promise<string>;
  /** Oldest first; records that do not validate are left out. */
  listResults(): Promise<PlayRecord[]>;
  getResult(playId: string): Promise<PlayRecord | undefined>;
  /**
   * Adds or replaces the reflection on one of this profile's plays. Each field is at most 2,000
   * characters of plain text (line breaks allowed); what does not fit is cut, control characters
   * are dropped. A play id of another profile, or of no play, changes nothing.
   */
  saveReflection(playId: string, reflection: Reflection): Promise<void>;

  // Knowledge checks and revision.
  saveCheckResult(result: FinishedCheck): Promise<string>;
  listCheckResults(): Promise<CheckRecord[]>;
  /** Every review card of this profile (one per question answered at least once). */
  loadReviewCards(): Promise<ReviewCard[]>;
  /** Adds or replaces these cards (keyed by check id and question id). */
  saveReviewCards(cards: readonly ReviewCard[]): Promise<void>;

  // Packs added from a link or a file (keyed by the pack's id).
  /** Adds the pack, or replaces this profile's pack of the same id. */
  savePack(pack: Pack): Promise<void>;
  /** Oldest first; records that do not validate as packs are left out. */
  listPacks(): Promise<AddedPack[]>;
  removePack(packId: string): Promise<void>;

  // ---- Own scenarios (issue 13): a tutor's scenario files, keyed by the scenario's id.
  /** Adds the file's text, or replaces this profile's own scenario of the same id. */
  saveOwnScenario(file: { scenarioId: string; fileName: string; text: string }): Promise<void>;
  /** Oldest first, each checked again; a record that is not text under its own id is left out. */
  listOwnScenarios(): Promise<OwnScenarioEntry[]>;
  removeOwnScenario(scenarioId: string): Promise<void>;

  // Settings of this profile.
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;

  // Their data.
  /** Everything of this profile as one JSON-ready object (format 'resolve-profile-export'). */
  exportAll(): Promise<unknown>;
  /** Merges an export file's text (untrusted, ≤ 20 MB) into this profile by play id. Never throws. */
  importAll(fileText: string): Promise<ImportOutcome>;
  /**
   * Removes every play, result, reflection, check, card, pack, own scenario and setting of this
   * profile.
   */
  deleteEverything(): Promise<void>;
}

/** The device: its profiles, and which one is in use. */
export interface ProfileDirectory {
  listProfiles(): Promise<Profile[]>;
  /**
   * Name trimmed, 1–60 characters; a second profile of the same name is allowed (ids differ).
   * Rejects (RangeError, message for the learner) a name profileNameProblem() refuses.
   */
  createProfile(name: string, options: { sharedComputer: boolean }): Promise<Profile>;
  renameProfile(profileId: string, name: string): Promise<void>;
  /** The store of one profile. */
  open(profileId: string): Promise<LearnerStore>;
  /** The profile in use when the page last closed, if it still exists. */
  lastProfileId(): Promise<string | undefined>;
  setLastProfileId(profileId: string | undefined): Promise<void>;
  /**
   * Signing out: for a shared-computer profile, everything it kept and the profile itself are
   * removed; for any other, nothing is removed.
   */
  signOut(profileId: string): Promise<void>;
  /** Removes a profile and everything it kept. */
  deleteProfile(profileId: string): Promise<void>;
}

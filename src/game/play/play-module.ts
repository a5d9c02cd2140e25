/**
 * Everything a play needs beyond the menu, loaded on demand so the menu shows first: the engine,
 * scoring, the encounter and debrief screens and the sound board.
 */
export { startSession, sessionAtStep } from '../../engine/session.ts';
export { SessionError } from '../../engine/errors.ts';
export { resumeSavedPlay } from './resume.ts';
export { scoreTranscript } from '../../scoring/index.ts';
export { createEncounterScreen } from '../ui/encounter/encounter-screen.ts';
export { createDebriefScreen } from '../ui/debrief/debrief-screen.ts';
export { createSoundBoard } from '../audio/sound-board.ts';

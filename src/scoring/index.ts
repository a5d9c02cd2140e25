export { bestPathFrom, followBestPath } from './best-path.ts';
export type * from './debrief.ts';
export {
  CRITICAL_OVERALL_CAP,
  MET_AT,
  PARTLY_MET_AT,
  replayAndScore,
  scoreTranscript,
  statusOf,
} from './score.ts';
export { replayTranscript, type ReplayResult } from './replay.ts';
export { describeStyle } from './style.ts';
export { debriefText } from './text.ts';

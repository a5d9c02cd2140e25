import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../scenario/pack-schema.ts';
import { assignmentLines } from './assignment-words.ts';

const pack: Pack = {
  id: 'week-4',
  title: 'Week 4',
  description: 'Records.',
  scenarios: ['a'],
  passMark: 60,
};

describe('what a tutor set on a pack, in words', () => {
  it('says the group, the due date and a hidden best path, each as one sentence', () => {
    expect(assignmentLines(pack)).toEqual([]);
    expect(
      assignmentLines({
        ...pack,
        groupName: 'Tuesday group',
        dueDate: '2027-03-01',
        settings: { showBestPath: false },
      }),
    ).toEqual([
      'For: Tuesday group.',
      'Due 1 March 2027.',
      'The debrief does not show the best options: play again to find them yourself.',
    ]);
    expect(assignmentLines({ ...pack, settings: { showBestPath: true } })).toEqual([]);
  });

  it('never doubles a stop the tutor typed', () => {
    expect(assignmentLines({ ...pack, groupName: 'Group B.' })).toEqual(['For: Group B.']);
    expect(assignmentLines({ ...pack, groupName: 'Who is in?' })).toEqual(['For: Who is in?']);
  });
});

import type { Pack } from '../../scenario/pack-schema.ts';
import { criteriaCsv, criterionRows } from '../../results/criteria-csv.ts';
import { evidenceRecord, type EvidenceRecord } from '../../results/evidence-record.ts';
import { resultsFileName } from '../../results/file-name.ts';
import {
  makeResultFile,
  type CheckForResult,
  type PlayForResult,
} from '../../results/make-result-file.ts';
import { downloadJson, downloadText } from '../ui/download.ts';
import { createResultsPanel } from '../ui/results/results-panel.ts';

/*
 * The "For your tutor" panel wired to the learner's records: each button gathers the plays afresh
 * (a reflection saved a moment ago is included), then saves the result file or the CSV, or opens
 * the evidence record.
 */

export interface ResultsMaterial {
  plays: PlayForResult[];
  checks: CheckForResult[];
}

export interface ResultsPanelWiring {
  profileName: string;
  /** A scenario's or a pack's title. */
  subject: string;
  pack?: Pack | undefined;
  gather: () => Promise<ResultsMaterial>;
  now: () => Date;
  announce: (message: string) => void;
  openEvidenceRecord: (record: EvidenceRecord) => void;
}

const NOTHING = 'There is no finished play with a score to save yet. Finish a scenario first.';

export function resultsPanel(wiring: ResultsPanelWiring): HTMLElement {
  const { subject } = wiring;
  return createResultsPanel({
    name: wiring.profileName,
    subject: wiring.pack ? 'this pack' : 'this scenario',
    announce: wiring.announce,
    onSaveFile: async (learnerName) => {
      const material = await wiring.gather();
      if (material.plays.length === 0 && material.checks.length === 0) return NOTHING;
      const now = wiring.now();
      const fileName = resultsFileName(learnerName, subject, now);
      downloadJson(fileName, makeResultFile({ learnerName, now, pack: wiring.pack, ...material }));
      return `Result file saved to your downloads as ${fileName}. Give this file to your tutor.`;
    },
    onSaveCsv: async (learnerName) => {
      const material = await wiring.gather();
      if (material.plays.length === 0 && material.checks.length === 0) return NOTHING;
      const fileName = resultsFileName(learnerName, subject, wiring.now(), '.criteria.csv');
      downloadText(
        fileName,
        criteriaCsv(criterionRows(material.plays, material.checks)),
        'text/csv;charset=utf-8',
      );
      return `Criterion results saved to your downloads as ${fileName}.`;
    },
    onEvidenceRecord: (learnerName) =>
      void wiring
        .gather()
        .then((material) =>
          wiring.openEvidenceRecord(
            evidenceRecord({ learnerName, now: wiring.now(), ...material }),
          ),
        ),
  });
}

import { describe, expect, it } from 'vitest';
import { criteria } from '../../curriculum/index.ts';
import { SCORM12_IDENTIFIER, SCORM2004_IDENTIFIER } from '../objective-id.ts';
import {
  cmi5CourseStructure,
  cmi5MasteryScore,
  packObjectives,
  scorm12Manifest,
  scorm12Objectives,
  scorm2004Manifest,
  type PackageInput,
} from './index.ts';
import { listedFiles } from './package-input.ts';
import { scaledPassMark } from './scorm2004-manifest.ts';
import { escapeXml } from './xml.ts';

const input: PackageInput = {
  pack: {
    id: 'night-shift',
    title: 'Night & <script>alert("x")</script> shift',
    description: 'Callers\' "worst" nights',
    passMark: 70,
  },
  objectives: [
    { criterion: 'MRC 1.3', kind: 'performance', text: 'Handle a complaint & <keep> calm' },
    { criterion: '312.2.6', kind: 'knowledge', text: 'Explain the process' },
  ],
  files: ['assets/b.js', 'index.html', 'assets/a b.css', 'index.html'],
};

const all = (pattern: RegExp, text: string): string[] =>
  [...text.matchAll(pattern)].map((match) => match[1] ?? '');

describe('escapeXml', () => {
  it('escapes markup and quotes, and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml('bell\u0007 tab\t nul\u0000 \uD800lone')).toBe('bell tab\t nul lone');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });
});

describe('manifests of an untrusted title', () => {
  it.each([
    ['SCORM 1.2', scorm12Manifest(input)],
    ['SCORM 1.2 objectives', scorm12Objectives(input)],
    ['SCORM 2004', scorm2004Manifest(input)],
    ['cmi5', cmi5CourseStructure(input)],
  ])('%s holds it as text, never as markup', (_name, xml) => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<keep>');
    if (xml.includes('Night')) expect(xml).toContain('Night &amp; &lt;script&gt;');
  });
});

describe('SCORM 1.2 manifest', () => {
  const xml = scorm12Manifest(input);
  it('is one SCO, spelt adlcp:scormtype, with the pass mark as masteryscore', () => {
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).not.toContain('scormType');
    expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
  });

  it('names each criterion with its text, under an id SCORM 1.2 accepts', () => {
    const lom = scorm12Objectives(input);
    expect(all(/<imsmd:id>([^<]*)<\/imsmd:id>/g, lom)).toEqual(['MRC-1.3', '312.2.6']);
    for (const id of all(/<imsmd:id>([^<]*)<\/imsmd:id>/g, lom))
      expect(id).toMatch(SCORM12_IDENTIFIER);
    expect(lom).toContain(
      'MRC 1.3: Handle a complaint &amp; &lt;keep&gt; calm (performance criterion',
    );
    expect(lom).toContain('312.2.6: Explain the process (knowledge criterion)');
  });

  it('lists each file once, the launch page first, the XSDs and objectives file too', () => {
    const files = all(/<file href="([^"]*)"\/>/g, xml);
    expect(files[0]).toBe('index.html');
    expect(files).toContain('assets/a%20b.css');
    expect(files).toContain('resolve-objectives.xml');
    expect(files).toContain('imscp_rootv1p1p2.xsd');
    expect(new Set(files).size).toBe(files.length);
  });
});

describe('SCORM 2004 4th edition manifest', () => {
  const xml = scorm2004Manifest(input);
  it('is one SCO, spelt adlcp:scormType, 4th edition, with sequencing defaults', () => {
    expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
    expect(xml).not.toContain('scormtype');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('satisfiedByMeasure="true"');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
    expect(xml).toContain('completionSetByContent="true" objectiveSetByContent="true"');
  });

  it('has one objective per criterion under the ids the game reports', () => {
    const ids = all(/<imsss:objective objectiveID="([^"]*)"\/>/g, xml);
    expect(ids).toEqual(['MRC-1.3', '312.2.6']);
    for (const id of ids) expect(id).toMatch(SCORM2004_IDENTIFIER);
  });

  it('writes pass marks as normalised measures', () => {
    expect([0, 1, 65, 70, 100].map(scaledPassMark)).toEqual(['0.0', '0.01', '0.65', '0.7', '1.0']);
  });
});

describe('cmi5 course structure', () => {
  const xml = cmi5CourseStructure(input);
  it('has one AU: moveOn CompletedOrPassed, the pass mark as masteryScore, AnyWindow', () => {
    expect(all(/<au ([^>]*)>/g, xml)).toEqual([
      'id="urn:resolve:pack:night-shift:game" moveOn="CompletedOrPassed" masteryScore="0.7" launchMethod="AnyWindow"',
    ]);
    expect(xml).toContain('<url>index.html</url>');
    expect(xml).toContain('<course id="urn:resolve:pack:night-shift">');
    expect([0, 65, 70, 100].map(cmi5MasteryScore)).toEqual(['0', '0.65', '0.7', '1']);
  });

  it('refers to every objective it defines', () => {
    const defined = all(/<objective id="([^"]*)">/g, xml);
    expect(defined).toEqual(['urn:resolve:criterion:MRC-1.3', 'urn:resolve:criterion:312.2.6']);
    expect(all(/<objectiveReference idref="([^"]*)"\/>/g, xml)).toEqual(defined);
  });

  it('leaves out objectives when the pack has none', () => {
    expect(cmi5CourseStructure({ ...input, objectives: [] })).not.toContain('objectives');
  });
});

describe('packObjectives', () => {
  it('takes criteria from the scenarios and the checks, in catalogue order, once each', () => {
    const objectives = packObjectives(
      { scenarios: ['missing-scenario'], knowledgeChecks: ['check'] },
      {
        scenarios: [],
        knowledgeChecks: [
          {
            id: 'check',
            title: 'Check',
            questions: [
              {
                kind: 'choose',
                id: 'q',
                prompt: 'Which?',
                criteria: ['312.2.6', 'MRC 1.3', '312.2.6'],
                options: [
                  { id: 'a', text: 'A', correct: true, why: 'Because.' },
                  { id: 'b', text: 'B', correct: false, why: 'Because.' },
                ],
              },
            ],
          },
        ],
      },
    );
    const order = Object.keys(criteria);
    expect(objectives.map((each) => each.criterion)).toEqual(
      ['MRC 1.3', '312.2.6'].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    expect(objectives.find((each) => each.criterion === 'MRC 1.3')?.text).toBe(
      criteria['MRC 1.3'].text,
    );
  });
});

describe('listedFiles', () => {
  it('puts index.html first and drops repeats', () => {
    expect(listedFiles(['b', 'index.html', 'a', 'b'])).toEqual(['index.html', 'a', 'b']);
  });
});

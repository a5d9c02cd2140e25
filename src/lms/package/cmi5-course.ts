import { objectiveIdOf } from '../objective-id.ts';
import { LAUNCH_FILE, objectiveDescription, type PackageInput } from './package-input.ts';
import { attributes, escapeXml } from './xml.ts';

/*
 * cmi5.xml, the course structure of a cmi5 package (cmi5 spec, section 13): a course with one
 * assignable unit that is the whole game. Ids are IRIs: Resolve has no web address of its own
 * to mint them under, so they are URNs built from the pack id, stable across rebuilds so an LMS
 * that imports a newer package keeps the learners' registrations.
 *
 * launchMethod AnyWindow: the game runs in an LMS's frame or its own window alike (it never
 * depends on the size or position of the window it was given), and AnyWindow is what the spec
 * recommends unless an AU needs its own window. moveOn CompletedOrPassed: a learner who
 * finishes every scenario, or passes, has done what the pack asks.
 */

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export const cmi5CourseIri = (packId: string): string => `urn:resolve:pack:${packId}`;
export const cmi5AuIri = (packId: string): string => `urn:resolve:pack:${packId}:game`;
export const cmi5ObjectiveIri = (objectiveId: string): string =>
  `urn:resolve:criterion:${objectiveId}`;

/** The pass mark (0–100) as cmi5's masteryScore, a decimal 0–1. */
export const cmi5MasteryScore = (passMark: number): string =>
  String(Math.round(Math.min(100, Math.max(0, passMark))) / 100);

const text = (name: string, value: string): string =>
  `<${name}><langstring lang="en-GB">${escapeXml(value)}</langstring></${name}>`;

export function cmi5CourseStructure(input: PackageInput): string {
  const { pack } = input;
  const objectives = input.objectives.map((objective) => ({
    iri: cmi5ObjectiveIri(objectiveIdOf(objective.criterion)),
    objective,
  }));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course${attributes({ id: cmi5CourseIri(pack.id) })}>`,
    `    ${text('title', pack.title)}`,
    `    ${text('description', pack.description)}`,
    '  </course>',
    ...(objectives.length > 0
      ? [
          '  <objectives>',
          ...objectives.flatMap(({ iri, objective }) => [
            `    <objective${attributes({ id: iri })}>`,
            `      ${text('title', objective.criterion)}`,
            `      ${text('description', objectiveDescription(objective))}`,
            '    </objective>',
          ]),
          '  </objectives>',
        ]
      : []),
    `  <au${attributes({
      id: cmi5AuIri(pack.id),
      moveOn: 'CompletedOrPassed',
      masteryScore: cmi5MasteryScore(pack.passMark),
      launchMethod: 'AnyWindow',
    })}>`,
    `    ${text('title', pack.title)}`,
    `    ${text('description', pack.description)}`,
    ...(objectives.length > 0
      ? [
          '    <objectives>',
          ...objectives.map(
            ({ iri }) => `      <objectiveReference${attributes({ idref: iri })}/>`,
          ),
          '    </objectives>',
        ]
      : []),
    `    <url>${LAUNCH_FILE}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}

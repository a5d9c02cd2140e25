import { objectiveIdOf } from '../objective-id.ts';
import {
  LAUNCH_FILE,
  listedFiles,
  objectiveDescription,
  type PackageInput,
  type PackageObjective,
} from './package-input.ts';
import { attributes, element, escapeXml, indent } from './xml.ts';

/*
 * imsmanifest.xml for SCORM 1.2 (CAM 1.2, IMS Content Packaging 1.1.2). One SCO that is the
 * whole game. SCORM 1.2 has no objective description at run time, so the criteria the pack
 * practises are named in the package, as IMS LOM "Educational Objective" classifications of the
 * item: the objective id the game reports (cmi.objectives.n.id) beside the criterion's full id
 * and text. The LOM sits in its own file the item's metadata points to (adlcp:location, CAM 1.2
 * 2.3.3) rather than inline: the LOM 1.2.1 XSD breaks XML Schema's unique-particle rule, so a
 * validating parser (libxml2, as LMSs use) refuses any manifest that imports it.
 */

/** The item's metadata: the pack and the criteria it practises, as IMS LOM. */
export const SCORM12_OBJECTIVES_FILE = 'resolve-objectives.xml';

/** The XSDs an SCORM 1.2 manifest names, shipped at the root of the package. */
export const SCORM12_SCHEMA_FILES = [
  'imscp_rootv1p1p2.xsd',
  'adlcp_rootv1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
] as const;

const lomString = (name: string, text: string): string =>
  `<imsmd:${name}><imsmd:langstring xml:lang="en-GB">${escapeXml(text)}</imsmd:langstring></imsmd:${name}>`;

const vocabulary = (name: string, value: string): string[] => [
  `<imsmd:${name}>`,
  `  <imsmd:source><imsmd:langstring xml:lang="x-none">LOMv1.0</imsmd:langstring></imsmd:source>`,
  `  <imsmd:value><imsmd:langstring xml:lang="x-none">${escapeXml(value)}</imsmd:langstring></imsmd:value>`,
  `</imsmd:${name}>`,
];

function objectiveClassification(objective: PackageObjective): string[] {
  return [
    '<imsmd:classification>',
    ...indent(vocabulary('purpose', 'Educational Objective')),
    '  <imsmd:taxonpath>',
    `    ${lomString('source', 'Resolve criteria')}`,
    '    <imsmd:taxon>',
    `      ${element('imsmd:id', objectiveIdOf(objective.criterion))}`,
    `      ${lomString('entry', objectiveDescription(objective))}`,
    '    </imsmd:taxon>',
    '  </imsmd:taxonpath>',
    '</imsmd:classification>',
  ];
}

/** The pass mark (0–100) as cmi.student_data.mastery_score's source. */
const masteryScore = (passMark: number): number => Math.min(100, Math.max(0, Math.round(passMark)));

/** resolve-objectives.xml: IMS LOM 1.2.1 metadata for the item. */
export function scorm12Objectives(input: PackageInput): string {
  const { pack } = input;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<imsmd:lom xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">',
    '  <imsmd:general>',
    `    ${lomString('title', pack.title)}`,
    `    ${lomString('description', pack.description)}`,
    '  </imsmd:general>',
    ...indent(input.objectives.flatMap(objectiveClassification)),
    '</imsmd:lom>',
    '',
  ].join('\n');
}

export function scorm12Manifest(input: PackageInput): string {
  const { pack } = input;
  const files = [
    ...listedFiles([...input.files, SCORM12_OBJECTIVES_FILE]),
    ...SCORM12_SCHEMA_FILES,
  ].map((file) => `<file${attributes({ href: encodeURI(file) })}/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest${attributes({
      identifier: `resolve-${pack.id}`,
      version: '1.0',
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': [
        'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
        'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
      ].join(' '),
    })}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    '  <organizations default="resolve-organization">',
    '    <organization identifier="resolve-organization">',
    `      ${element('title', pack.title)}`,
    '      <item identifier="resolve-item" identifierref="resolve-resource" isvisible="true">',
    `        ${element('title', pack.title)}`,
    '        <metadata>',
    '          <schema>ADL SCORM</schema>',
    '          <schemaversion>1.2</schemaversion>',
    `          <adlcp:location>${SCORM12_OBJECTIVES_FILE}</adlcp:location>`,
    '        </metadata>',
    `        <adlcp:masteryscore>${masteryScore(pack.passMark)}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="resolve-resource" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">`,
    ...indent(files, 3),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

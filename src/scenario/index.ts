/**
 * The scenario language and its tools: loading YAML with positions, analysis (the validator),
 * diagnostics, coverage, diagrams and JSON Schema. Browser-safe: nothing here touches the file
 * system, so a tutor's browser can check an uploaded file with the same code as the CLI.
 */
export * from './schema.ts';
export * from './pack-schema.ts';
export type { Diagnostic, JsonPath, Position, Severity } from './diagnostics.ts';
export {
  countDiagnostics,
  describeCounts,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
} from './diagnostics.ts';
export { decodeSource, loadKnowledgeCheckText, loadPackText, loadScenarioText } from './load.ts';
export { analyseScenario, checkScenarioText, type ScenarioAnalysis } from './analyse.ts';
export { analyseKnowledgeCheck, analysePack } from './content-checks.ts';
export {
  buildGraph,
  decisionsOf,
  type Decision,
  type GraphEdge,
  type GraphNode,
  type ScenarioGraph,
} from './graph.ts';
export { noPositions, type SourcePositions } from './positions.ts';
export { SOURCE_LIMITS } from './guard.ts';
export { coverageOf, evidencedIn, opportunitiesIn, type CoverageReport } from './coverage.ts';
export { renderScenarioGraph, shortCondition, type GraphFormat } from './render-graph.ts';
export { buildJsonSchemas } from './json-schema.ts';
export { generateLargeScenario } from './generate.ts';

/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools. Regions are 1-based;
 * columns count UTF-16 code units (SARIF's default `columnKind`), and
 * `endColumn` is the column just after the region, as SARIF specifies.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { format, type Locale } from '../../service/i18n';
import { DEFAULT_SEVERITIES } from '../../service/options';
import { ruleDocsUrl } from '../../service/rules/docsUrl';
import type { FileReport } from '../report';
import { RULE_CODES, RULE_DESCRIPTIONS } from '../rules';

export const TOOL_NAME = 'resolution-lint';
/** Where the rules come from: the United Nations editorial manual. */
export const TOOL_INFORMATION_URI = 'https://www.un.org/dgacm/en/content/editorial-manual';

type Level = 'error' | 'warning' | 'note';

function level(severity: number): Level {
  return severity === 1 ? 'error' : severity === 2 ? 'warning' : 'note';
}

/** A relative path becomes a relative URI (against %SRCROOT%); an absolute one a file: URI. */
export function artifactUri(p: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(p)) return { uri: pathToFileURL(p).href };
  const posix = p.split(path.sep).join('/').replace(/^\.\//, '');
  return { uri: posix.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(files: FileReport[], locale: Locale, version: string): string {
  const ruleIndex = new Map<string, number>();
  const rules = RULE_CODES.map((code, i) => {
    ruleIndex.set(code, i);
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: format(locale, RULE_DESCRIPTIONS[code]) },
      fullDescription: { text: format(locale, RULE_DESCRIPTIONS[code]) },
      defaultConfiguration: { level: level(DEFAULT_SEVERITIES[code]) },
      ...(ruleDocsUrl(code) ? { helpUri: ruleDocsUrl(code) } : {}),
    };
  });
  const results = [];
  for (const file of files) {
    const location = artifactUri(file.path);
    for (const d of file.diagnostics) {
      const result: Record<string, unknown> = {
        ruleId: d.code,
        level: level(d.severity),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
      };
      const index = ruleIndex.get(d.code);
      if (index !== undefined) result.ruleIndex = index;
      // Where to find it in the PDF or Word file the text was read from.
      const properties: Record<string, unknown> = {};
      if (d.data !== undefined) properties.data = d.data;
      if (d.page !== undefined) properties.page = d.page;
      if (d.paragraph !== undefined) properties.paragraph = d.paragraph;
      if (Object.keys(properties).length) result.properties = properties;
      results.push(result);
    }
  }
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version,
            informationUri: TOOL_INFORMATION_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

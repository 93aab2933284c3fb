/**
 * Every module's message tables, by namespace: the whole catalogue of one locale is
 * `catalog(locale)`, ids written `namespace.id` (`checks.numberingTypo`). The tables stay next to
 * their modules; this list joins them so a test can hold each locale to every id, and a test fails
 * when a module with tables (`messagesById(`) is missing here.
 */
import { cliMessageTables } from '../../cli/messages';
import { checkMessageTables } from '../checks/messages';
import { corpusMessageTables } from '../corpus/messages';
import { featureMessageTables } from '../features/messages';
import { technicalMessageTables } from '../features/technicalUpdates';
import { findingLimitMessageTables } from '../findingLimit';
import { matchingMessageTables } from '../matching/messages';
import { exportMessageTables } from '../negotiation/messages';
import { referenceMessageTables } from '../references/messages';
import { ruleMachineryMessageTables } from '../rules/messages';
import { ruleSummaryMessageTables } from '../rules/summaries';
import { sizeLimitMessageTables } from '../sizeLimit';
import { encodingMessageTables } from '../text/encodingMessages';
import type { Locale } from './locale';
import type { MessageTables } from './messages';

export const MESSAGE_TABLES: Readonly<Record<string, MessageTables>> = {
  checks: checkMessageTables,
  corpus: corpusMessageTables,
  features: featureMessageTables,
  technicalUpdates: technicalMessageTables,
  matching: matchingMessageTables,
  references: referenceMessageTables,
  encoding: encodingMessageTables,
  findingLimit: findingLimitMessageTables,
  sizeLimit: sizeLimitMessageTables,
  export: exportMessageTables,
  cli: cliMessageTables,
  rules: ruleSummaryMessageTables,
  ruleMachinery: ruleMachineryMessageTables,
};

/** All messages of one locale, by `namespace.id`. */
export function catalog(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [namespace, tables] of Object.entries(MESSAGE_TABLES)) {
    for (const [id, template] of Object.entries(tables[locale])) out[`${namespace}.${id}`] = template;
  }
  return out;
}

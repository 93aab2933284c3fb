import type { ResolutionDocument, ServiceDiagnostic } from '../model';
import type { ServiceSettings } from '../options';

/** Structure checks: numbering, punctuation, footnotes. (Stub: owned by the checks work.) */
export function checkStructure(_doc: ResolutionDocument, _settings: ServiceSettings): ServiceDiagnostic[] {
  return [];
}

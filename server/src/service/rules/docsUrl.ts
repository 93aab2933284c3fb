/** Where a rule's documentation page is: `docs/rules/<code>.md` in the repository package.json names. */
import { repository } from '../../../../package.json';

/** The repository's web address, from package.json `repository` (a string or `{ url }`), without `git+` or `.git`. */
export function repositoryUrl(repo: unknown = repository): string | undefined {
  const raw = typeof repo === 'string' ? repo : typeof repo === 'object' && repo !== null ? (repo as { url?: unknown }).url : undefined;
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const github = /^github:(.+)$/.exec(raw.trim());
  if (github) return `https://github.com/${github[1]}`;
  return raw.trim().replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** The path of a rule's page inside the repository. */
export function rulePagePath(code: string): string {
  return `docs/rules/${code}.md`;
}

/** The page's web address (the `codeDescription.href` of a diagnostic, SARIF `helpUri`). */
export function ruleDocsUrl(code: string): string | undefined {
  const base = repositoryUrl();
  return base ? `${base}/blob/main/${rulePagePath(code)}` : undefined;
}

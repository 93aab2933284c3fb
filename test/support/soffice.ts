/**
 * LibreOffice headless (`soffice`, Debian's libreoffice-writer-nogui) for tests that convert the
 * project's own fixtures: one conversion per call, in a private profile, with a time limit.
 * Tests that need it skip, saying so, where it is absent.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { withTempDir } from './tempDir';

let found: boolean | undefined;

/** Whether `soffice` runs here. */
export function hasSoffice(): boolean {
  if (found === undefined) found = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
  return found;
}

export const SOFFICE_MISSING = 'soffice is absent (apt-get install libreoffice-writer-nogui fonts-wqy-microhei)';

/** Converts `files` to `format` (`pdf`, `doc`) into `outDir`; returns the output paths, in order. */
export function sofficeConvert(files: string[], format: string, outDir: string): string[] {
  withTempDir('lo-profile-', (profile) => {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], {
      stdio: 'pipe',
      timeout: 240_000,
    });
  });
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.${format}`);
    if (!fs.existsSync(out)) throw new Error(`soffice wrote no ${out}`);
    return out;
  });
}

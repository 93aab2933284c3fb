#!/usr/bin/env bash
# `npm test`: every kind of test the project has, in one command. Runs all of them even when one
# fails, so a run reports every failure, and exits non-zero if any failed.
#  1. typecheck (tsc, strict) and the esbuild bundles;
#  2. unit and protocol tests (mocha over the pure service, the CLI and the built server over stdio);
#  3. integration tests inside a real VS Code extension host (code-server 4.100.3, headless Chromium);
#  4. the browser UI test against the packaged .vsix.
# Set RESOLUTION_SKIP_EDITOR_TESTS=1 to run only 1–2 (e.g. on a machine without apt access).
set -u
cd "$(dirname "$0")/.."
status=0
npm run --silent typecheck || status=1
npm run --silent build || exit 1
npm run --silent test:unit || status=1
if [ "${RESOLUTION_SKIP_EDITOR_TESTS:-}" != "1" ]; then
  npm run --silent test:e2e || status=1
  npm run --silent test:ui || status=1
fi
exit $status

/**
 * Loading Mozilla's pdf.js (pdfjs-dist, legacy build for Node 20) once per thread.
 *
 * pdf.js is ESM; the `import()` calls below are bundled by esbuild into the CommonJS bundles, so the
 * shipped extension needs no node_modules. Its "worker" runs in this thread (pdf.js's fake worker:
 * the worker module is set as `globalThis.pdfjsWorker`), so no separate worker file is shipped.
 * The optional native `@napi-rs/canvas` is never needed for text: pdf.js only warns when it is
 * absent, and those warnings (console.log at import time) are silenced here, since the CLI's JSON
 * and the language server's stdio must not receive stray lines.
 */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const log = console.log;
    console.log = () => undefined;
    try {
      const g = globalThis as { pdfjsWorker?: unknown };
      if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  // A failed load (a broken install) is tried again next time rather than cached.
  loading.catch(() => (loading = undefined));
  return loading;
}

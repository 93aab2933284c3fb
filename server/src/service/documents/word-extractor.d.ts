// word-extractor 1.x ships no typings; the part of its API the .doc reader uses.
declare module 'word-extractor' {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
    getFootnotes(options?: { filterUnicode?: boolean }): string;
    getEndnotes(options?: { filterUnicode?: boolean }): string;
    getHeaders?(options?: { filterUnicode?: boolean; includeFooters?: boolean }): string;
    getTextboxes?(options?: { filterUnicode?: boolean }): string;
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
  export = WordExtractor;
}

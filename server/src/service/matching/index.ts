/** The agreed-language engine (agreedLanguageIndex.ts and the modules it is made of). */
export { AgreedLanguageIndex } from './agreedLanguageIndex';
export type { Change } from './change';
export { labelledParagraphs } from './corpusParagraphs';
export { normalize } from './normalize';
export { MATCH_PARAMS } from './params';
export type { AgreedLanguageIndexJSON } from './persistence';
export { abbreviate, sourceMessage } from './sourceMessage';
export type { AgreedSource, AgreementStatus, IndexStats, LocalAgreement, ParagraphAgreement, ParagraphInput } from './types';

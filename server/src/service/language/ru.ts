/**
 * Profile of the Russian texts: the alphabetic verb matcher over `data/ru.ts`. Russian preambular and
 * operative paragraphs open in lower case (`ссылаясь на…,`, `1. постановляет…;`), so the first letter of a
 * verb is compared without case.
 */
import { buildProfile, dataOf } from './build';
import * as mod from './data/ru';
import type { LanguageProfile } from './types';
import { alphabeticVerbAt } from './verbs';

const data = dataOf(mod, 'ru');

export const ruProfile: LanguageProfile = buildProfile(data, { verbAt: alphabeticVerbAt(data, { caselessStart: true }) });

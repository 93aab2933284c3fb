/** Profile of the Arabic texts: the alphabetic verb matcher over the data of `data/ar.ts`; operative paragraphs numbered `1 -`. */
import { buildProfile, dataOf } from './build';
import * as mod from './data/ar';
import type { LanguageProfile } from './types';
import { alphabeticVerbAt } from './verbs';

const data = dataOf(mod, 'ar');

export const arProfile: LanguageProfile = buildProfile(data, { verbAt: alphabeticVerbAt(data), dashNumbers: true });

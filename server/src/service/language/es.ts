/** Profile of the es texts: the alphabetic verb matcher over the data of `data/es.ts`. */
import { buildProfile, dataOf } from './build';
import * as mod from './data/es';
import type { LanguageProfile } from './types';
import { alphabeticVerbAt } from './verbs';

const data = dataOf(mod, 'es');

export const esProfile: LanguageProfile = buildProfile(data, { verbAt: alphabeticVerbAt(data) });

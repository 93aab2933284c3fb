/** Profile of the fr texts: the alphabetic verb matcher over the data of `data/fr.ts`. */
import { buildProfile, dataOf } from './build';
import * as mod from './data/fr';
import type { LanguageProfile } from './types';
import { alphabeticVerbAt } from './verbs';

const data = dataOf(mod, 'fr');

export const frProfile: LanguageProfile = buildProfile(data, { verbAt: alphabeticVerbAt(data) });

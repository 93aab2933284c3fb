/** ru: the fixture draft against its precedent and the synthetic evaluation (see languageSuite.ts). */
import { ru } from '../../../server/src/service/language/data/ru';
import { describeLanguage } from './languageSuite';

describeLanguage(ru);

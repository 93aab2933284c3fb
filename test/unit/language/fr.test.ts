/** fr: the fixture draft against its precedent and the synthetic evaluation (see languageSuite.ts). */
import { fr } from '../../../server/src/service/language/data/fr';
import { describeLanguage } from './languageSuite';

describeLanguage(fr);

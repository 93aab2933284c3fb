/** es: the fixture draft against its precedent and the synthetic evaluation (see languageSuite.ts). */
import { es } from '../../../server/src/service/language/data/es';
import { describeLanguage } from './languageSuite';

describeLanguage(es);

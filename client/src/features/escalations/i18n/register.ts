// The escalation and alert messages load with the screens that show them, not with the first page:
// every module that translates an `escalations.*` or `alerts.*` key imports this file first.
import i18n from '../../../i18n';
import escalationsEn from './escalations.en';
import escalationsJa from './escalations.ja';

i18n.addResourceBundle('ja', 'translation', escalationsJa, true, true);
i18n.addResourceBundle('en', 'translation', escalationsEn, true, true);

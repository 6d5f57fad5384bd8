import type { Catalogue } from '../i18n';

// All of this language's feature files in one chunk, fetched together when the language is chosen.
export default import.meta.glob<Catalogue>('./*.json', { eager: true, import: 'default' });

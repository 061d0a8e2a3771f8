import type { DocumentKind } from './document.entity';

/** Dutch names of the document kinds: pages, open data (OParl paperType) and exports use the same words. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  motion: 'Motie',
  amendment: 'Amendement',
  council_letter: 'Raadsinformatiebrief',
  council_proposal: 'Raadsvoorstel',
  policy: 'Beleidsnota',
  regulation: 'Verordening',
  web: 'Webpagina',
  other: 'Document',
};

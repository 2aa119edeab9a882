import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, CATEGORIES, type Audience, type Category } from '../../graphql/enums';
import type { TemplateKey } from './graphql/templates';

/** Every key a template can have, per audience: the audience default first, then the six categories. */
export const KEYS_BY_AUDIENCE: Record<Audience, TemplateKey[]> = {
  CHILD: [{ audience: 'CHILD', category: null }, ...CATEGORIES.map((category) => ({ audience: 'CHILD' as const, category }))],
  ADULT: [{ audience: 'ADULT', category: null }, ...CATEGORIES.map((category) => ({ audience: 'ADULT' as const, category }))],
};

/** The server's key: AUDIENCE:CATEGORY, or AUDIENCE:DEFAULT. */
export function keyString({ audience, category }: TemplateKey): string {
  return `${audience}:${category ?? 'DEFAULT'}`;
}

export function parseTemplateKey(key: string): TemplateKey | null {
  const [audience, category] = key.split(':');
  if (!(AUDIENCES as readonly string[]).includes(audience)) return null;
  if (category === 'DEFAULT') return { audience: audience as Audience, category: null };
  if (!(CATEGORIES as readonly string[]).includes(category)) return null;
  return { audience: audience as Audience, category: category as Category };
}

/** "警告・C2 宿泊先の要求・提供", "注意喚起・既定の文". */
export function useTemplateLabel() {
  const { t } = useTranslation();
  return useCallback(
    (key: TemplateKey | string) => {
      const parsed = typeof key === 'string' ? parseTemplateKey(key) : key;
      if (!parsed) return String(key);
      return t('templates.label', {
        audience: t(`audienceShort.${parsed.audience}`),
        category: parsed.category ? t(`category.${parsed.category}`) : t('templates.defaultText'),
      });
    },
    [t],
  );
}

/** A case number for showing an unsaved text as it would read (the server measures saved ones). */
export const SAMPLE_CASE_NUMBER = 1234;

/** The draft as it would read, {caseNumber} filled in. Rendering only: the weighted count is the server's. */
export function renderDraft(body: string, caseNumber: number = SAMPLE_CASE_NUMBER): string {
  return body.replaceAll('{caseNumber}', String(caseNumber));
}

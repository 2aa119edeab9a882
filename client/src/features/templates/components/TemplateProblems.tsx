import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '../../../apollo/errors';
import { TEMPLATE_PROBLEM_CODES, type TemplateProblemCode } from '../../../graphql/enums';

const isKnown = (code: string): code is TemplateProblemCode => (TEMPLATE_PROBLEM_CODES as readonly string[]).includes(code);

/** Every problem the server's template lint found, each translated by its code, with the offending term. */
export function TemplateProblems({ problems }: { problems: ProblemDetail[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('templates.problemsTitle', { count: problems.length })}
      data-testid="template-problems"
      data-error-code="INVALID_INPUT"
    >
      <List size="sm" spacing={4}>
        {problems.map((p, i) => (
          <List.Item key={`${p.code}-${i}`} data-testid="template-problem" data-code={p.code} data-term={p.term ?? ''}>
            {/* A code this client does not know yet keeps the server's (English) explanation. */}
            {isKnown(p.code) ? t(`templateProblem.${p.code}`) : <span lang="en">{p.message}</span>}
            {p.term && (
              <Text span fw={700} ml={6} ff="monospace" data-testid="template-problem-term">
                {t('templates.problemTerm', { term: p.term })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

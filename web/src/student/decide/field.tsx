import { Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { humanizeIssue, issuesAt } from './decision-issues';
import type { Issue } from './decision-issues';

interface FieldProps {
  id: string;
  label: string;
  /** A short help text with the unit; replaced by the server's problems while there are any. */
  help?: ReactNode;
  /** The field's path in the module's input (`prices[2].priceCents`): the server's problems there show here. */
  path: string;
  issues: readonly Issue[];
  children: ReactNode;
}

/** A labelled form field showing the validator's problems at its own path. */
export function Field({ id, label, help, path, issues, children }: FieldProps) {
  const { t, i18n } = useTranslation('studentDecide');
  const mine = issuesAt(issues, path);
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      validateStatus={mine.length ? 'error' : undefined}
      help={
        mine.length
          ? mine.map((i) => `${t(`code${i.code}`, { defaultValue: '' })}${humanizeIssue(i, i18n.language)}`).join('; ')
          : help
      }
      style={{ marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  );
}

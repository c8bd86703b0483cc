import { Body1, Caption1, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { SEVERITIES, type Finding, type Severity } from '../model/finding';
import { FindingList } from './FindingItem';
import { countFindings } from './pane-source';
import { useText } from './pane-text';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type SeverityFilter = 'all' | Severity;

/** Findings grouped by severity, filtered by severity and text; a finding at a cell selects it in Excel. */
export function ValidateView({ findings, onSelectCell }: { findings: readonly Finding[]; onSelectCell?: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const text = useText();
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [query, setQuery] = useState('');
  const counts = countFindings(findings);

  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(text.language);
    return findings.filter(
      (finding) =>
        (severity === 'all' || finding.severity === severity) &&
        (needle === '' ||
          [text.message(finding), text.location(finding), finding.rule].some((part) => part.toLocaleLowerCase(text.language).includes(needle))),
    );
  }, [findings, severity, query, text]);

  if (findings.length === 0) return <Body1>{text.t('val.none')}</Body1>;
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{text.t('val.title')}</Subtitle2>
      <div className={styles.filters}>
        <Field label={text.t('val.filter.severity')}>
          <Select value={severity} onChange={(_, data) => setSeverity(data.value as SeverityFilter)}>
            <option value="all">{text.t('val.filter.all', { count: findings.length })}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {text.t(`val.severity.${s}`, { count: counts[s] })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text.t('val.filter.text')}>
          <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
        <Caption1 role="status">{text.t('val.shown', { shown: shown.length, total: findings.length })}</Caption1>
      </div>
      {shown.length === 0 && <Body1>{text.t('val.noneShown')}</Body1>}
      {SEVERITIES.map((s) => {
        const group = shown.filter((finding) => finding.severity === s);
        if (group.length === 0) return null;
        return (
          <section key={s} className={styles.group} aria-labelledby={`findings-${s}`}>
            <Subtitle2 as="h3" id={`findings-${s}`}>
              {text.t(`val.severity.${s}`, { count: group.length })}
            </Subtitle2>
            <FindingList findings={group} onSelect={onSelectCell} />
          </section>
        );
      })}
    </div>
  );
}

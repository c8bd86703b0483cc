import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
  type FieldProps,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent } from 'react';
import type { Language, Plan } from '../model/plan';
import {
  checkForm,
  emptyMunicipality,
  initialForm,
  type FieldMessage,
  type FormField,
  type MunicipalityRow,
  type NewPlanForm,
} from './new-plan';
import { useText } from './pane-text';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  rowHeader: { display: 'flex', justifyContent: 'flex-end', marginBlockStart: `calc(-1 * ${tokens.spacingVerticalXXL})` },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface NewPlanFormViewProps {
  onCreate: (plan: Plan) => void;
  onCancel: () => void;
}

/** The short form of a new plan; every check is the core's (schema and rules), shown on the field it concerns. */
export function NewPlanFormView({ onCreate, onCancel }: NewPlanFormViewProps) {
  const styles = useStyles();
  const text = useText();
  const language: Language = text.language;
  const [form, setForm] = useState<NewPlanForm>(() => initialForm());
  const [submitted, setSubmitted] = useState(false);
  const check = useMemo(() => checkForm(form, language), [form, language]);

  const messages = (field: FormField): Pick<FieldProps, 'validationState' | 'validationMessage'> => {
    const found: FieldMessage[] = submitted ? (check.fields[field] ?? []) : [];
    if (found.length === 0) return {};
    const state = found.some((m) => m.severity === 'error') ? 'error' : found.some((m) => m.severity === 'warning') ? 'warning' : 'none';
    return { validationState: state, validationMessage: found.map((m) => m.text[language]).join(' ') };
  };
  const update = (patch: Partial<NewPlanForm>) => setForm((current) => ({ ...current, ...patch }));
  const updateRow = (index: number, patch: Partial<MunicipalityRow>) =>
    setForm((current) => ({
      ...current,
      municipalities: current.municipalities.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (check.plan) onCreate(check.plan);
  };

  const budgetYear = Number(form.budgetYear);
  const count = Number(form.planYearCount);
  const yearsHint =
    Number.isInteger(budgetYear) && Number.isInteger(count) && count >= 1
      ? text.t('form.planYearsHint', { first: budgetYear, last: budgetYear + count - 1 })
      : undefined;
  const defaultDate = `${Number.isInteger(budgetYear) ? budgetYear - 2 : new Date().getFullYear() - 1}-12-31`;

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="new-plan-heading">
      <Subtitle2 as="h2" id="new-plan-heading">
        {text.t('form.title')}
      </Subtitle2>
      <Field label={text.t('form.organisation')} required {...messages('organisation')}>
        <Input value={form.organisation} onChange={(_, data) => update({ organisation: data.value })} />
      </Field>
      <Field label={text.t('form.budgetYear')} required {...messages('budgetYear')}>
        <Input inputMode="numeric" value={form.budgetYear} onChange={(_, data) => update({ budgetYear: data.value })} />
      </Field>
      <Field label={text.t('form.planYearCount')} required hint={yearsHint} {...messages('planYearCount')}>
        <Input inputMode="numeric" value={form.planYearCount} onChange={(_, data) => update({ planYearCount: data.value })} />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{text.t('form.municipalities')}</legend>
        {submitted && check.fields.municipalities && (
          <MessageBar intent="error">
            <MessageBarBody>{check.fields.municipalities.map((m) => m.text[language]).join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        {form.municipalities.map((row, i) => {
          const n = i + 1;
          return (
            <fieldset key={row.key} className={styles.fieldset}>
              <legend className={styles.legend}>{text.t('form.municipality', { n })}</legend>
              <div className={styles.rowHeader}>
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={text.t('form.municipality.remove', { n })}
                  title={text.t('form.municipality.remove', { n })}
                  onClick={() => setForm((current) => ({ ...current, municipalities: current.municipalities.filter((_, j) => j !== i) }))}
                />
              </div>
              <Field label={text.t('form.municipality.name', { n })} required {...messages(`municipality.${i}.name`)}>
                <Input value={row.name} onChange={(_, data) => updateRow(i, { name: data.value })} />
              </Field>
              <Field label={text.t('form.municipality.population', { n })} required {...messages(`municipality.${i}.population`)}>
                <Input inputMode="numeric" value={row.population} onChange={(_, data) => updateRow(i, { population: data.value })} />
              </Field>
              <Field
                label={text.t('form.municipality.populationDate', { n })}
                hint={text.t('form.municipality.dateHint')}
                required
                {...messages(`municipality.${i}.populationDate`)}
              >
                <Input value={row.populationDate} onChange={(_, data) => updateRow(i, { populationDate: data.value })} />
              </Field>
            </fieldset>
          );
        })}
        <Button
          icon={<AddRegular />}
          onClick={() => setForm((current) => ({ ...current, municipalities: [...current.municipalities, emptyMunicipality(defaultDate)] }))}
        >
          {text.t('form.municipality.add')}
        </Button>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{text.t('form.council')}</legend>
        <Field label={text.t('form.council.seatsPer')} required {...messages('council.seatsPerStartedInhabitants')}>
          <Input
            inputMode="numeric"
            value={form.seatsPerStartedInhabitants}
            onChange={(_, data) => update({ seatsPerStartedInhabitants: data.value })}
          />
        </Field>
        <Field label={text.t('form.council.minimumSeats')} required {...messages('council.minimumSeats')}>
          <Input inputMode="numeric" value={form.minimumSeats} onChange={(_, data) => update({ minimumSeats: data.value })} />
        </Field>
        <Field label={text.t('form.council.declaredSize')} required {...messages('council.declaredSize')}>
          <Input inputMode="numeric" value={form.declaredSize} onChange={(_, data) => update({ declaredSize: data.value })} />
        </Field>
      </fieldset>

      {submitted && check.errorCount > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{text.t('form.invalid', { count: check.errorCount })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {text.t('form.create')}
        </Button>
        <Button onClick={onCancel}>{text.t('form.cancel')}</Button>
      </div>
    </form>
  );
}

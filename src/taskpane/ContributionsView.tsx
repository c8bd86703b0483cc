import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { explainContributions, type PoolExplanation } from '../app';
import type { Plan } from '../model/plan';
import { FindingList } from './FindingItem';
import { useText } from './pane-text';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { paddingBlock: tokens.spacingVerticalXXS, paddingInline: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
    '& thead th': { textAlign: 'end', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
    '& thead th:first-child, & tbody th, & tfoot th': { textAlign: 'start' },
    '& td': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
    '& tfoot th, & tfoot td': { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  },
  caption: { textAlign: 'start', captionSide: 'top', color: tokens.colorNeutralForeground3, paddingBlockEnd: tokens.spacingVerticalXS },
});

/** Each municipality's contribution, and per pool how the shares were computed (the engine's own steps). */
export function ContributionsView({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const text = useText();
  const explanation = useMemo(() => explainContributions(plan), [plan]);
  const year = explanation.budgetYear;
  const previousYear = explanation.previousYear;
  const dash = text.t('con.missing');
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{text.t('con.title', { year })}</Subtitle2>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={text.t('con.caption', { year })}>
        <table className={styles.table}>
          <caption className={styles.caption}>{text.t('con.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{text.t('con.municipality')}</th>
              <th scope="col">{text.t('con.share', { year })}</th>
              <th scope="col">{previousYear === null ? text.t('con.previousNone') : text.t('con.previous', { year: previousYear })}</th>
              <th scope="col">{text.t('con.changeEuro')}</th>
              <th scope="col">{text.t('con.changePercent')}</th>
            </tr>
          </thead>
          <tbody>
            {explanation.municipalities.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{text.money(m.share)}</td>
                <td>{m.previous === null ? dash : text.money(m.previous)}</td>
                <td>{m.change === null ? dash : text.money(m.change)}</td>
                <td>{m.changePercent === null ? dash : text.percent(m.changePercent, 1)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{text.t('con.total')}</th>
              <td>{text.money(explanation.total)}</td>
              <td>{explanation.previousTotal === null ? dash : text.money(explanation.previousTotal)}</td>
              <td>{explanation.change === null ? dash : text.money(explanation.change)}</td>
              <td>{dash}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {previousYear === null && <Caption1>{text.t('con.noPrevious')}</Caption1>}

      <Subtitle2 as="h3">{text.t('con.pools')}</Subtitle2>
      <Accordion multiple collapsible>
        {explanation.pools.map((pool) => (
          <AccordionItem key={pool.id} value={pool.id}>
            <AccordionHeader as="h4">{text.t('con.pool.heading', { name: pool.name, amount: text.money(pool.amount) })}</AccordionHeader>
            <AccordionPanel>
              <PoolDetail pool={pool} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}

function PoolDetail({ pool }: { pool: PoolExplanation }) {
  const styles = useStyles();
  const text = useText();
  if (!pool.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <div>{text.t('con.pool.cannot')}</div>
          <FindingList findings={pool.findings} />
        </MessageBarBody>
      </MessageBar>
    );
  }
  const euro = pool.rounding === 'euro';
  const unitDecimals = euro ? 0 : 2;
  const dash = text.t('con.missing');
  return (
    <div className={styles.view}>
      <Body1>{text.t(`con.key.${pool.key}`)}</Body1>
      {pool.totalWeight === null ? (
        <Body1>{text.t('con.fixedNote')}</Body1>
      ) : (
        <Body1>
          {text.t(euro ? 'con.rounding.euro' : 'con.rounding.cent', {
            amount: text.money(pool.amount),
            totalWeight: text.number(pool.totalWeight, decimalsOf(pool.totalWeight)),
            units: text.number(pool.leftoverUnits),
          })}
        </Body1>
      )}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={text.t('con.pool.table', { name: pool.name })}>
        <table className={styles.table}>
          <caption className={styles.caption}>{text.t('con.pool.table', { name: pool.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{text.t('con.municipality')}</th>
              <th scope="col">{text.t('con.col.weight')}</th>
              <th scope="col">{text.t('con.col.quota')}</th>
              <th scope="col">{text.t('con.col.floor')}</th>
              <th scope="col">{text.t('con.col.remainder')}</th>
              <th scope="col">{text.t('con.col.rank')}</th>
              <th scope="col">{text.t('con.col.share')}</th>
            </tr>
          </thead>
          <tbody>
            {pool.lines.map((line) => (
              <tr key={line.municipality}>
                <th scope="row">{line.name}</th>
                <td>{line.weight === null ? dash : text.number(line.weight, decimalsOf(line.weight))}</td>
                <td>{text.number(line.quota, QUOTA_DECIMALS)}</td>
                <td>{text.number(line.floor, unitDecimals)}</td>
                <td>{text.number(line.remainder, QUOTA_DECIMALS)}</td>
                <td>{line.rank === null ? dash : line.rank}</td>
                <td>{text.money(line.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Exact quotas and remainders are shown to this many decimals (the workbook keeps them exact). */
export const QUOTA_DECIMALS = 4;

function decimalsOf(value: string): number {
  const point = value.indexOf('.');
  return point < 0 ? 0 : Math.min(value.length - point - 1, 6);
}

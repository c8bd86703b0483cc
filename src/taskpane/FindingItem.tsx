import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { isCellLocation, type Finding } from '../model/finding';
import { useText } from './pane-text';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  button: { justifyContent: 'flex-start', textAlign: 'start', width: '100%', fontWeight: tokens.fontWeightRegular },
  content: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', paddingBlock: tokens.spacingVerticalXS },
  static: { paddingBlock: tokens.spacingVerticalXS, paddingInline: tokens.spacingHorizontalS },
  location: { color: tokens.colorNeutralForeground3 },
});

/**
 * Findings as a list: one at a cell is a button that selects the cell in
 * Excel; one in the plan file says its JSON path.
 */
export function FindingList({ findings, onSelect }: { findings: readonly Finding[]; onSelect?: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const text = useText();
  return (
    <ul className={styles.list}>
      {findings.map((finding, i) => {
        const location = finding.location;
        const where = isCellLocation(location)
          ? text.t('val.goTo', { location: text.location(finding) })
          : text.t('val.atPath', { path: location.path });
        return (
          <li key={`${i}:${finding.rule}`}>
            {isCellLocation(location) && onSelect ? (
              <Button appearance="subtle" className={styles.button} onClick={() => onSelect(location.sheet, location.cell)}>
                <span className={styles.content}>
                  <span>{text.message(finding)}</span>
                  <Caption1 className={styles.location}>{where}</Caption1>
                </span>
              </Button>
            ) : (
              <div className={styles.static}>
                <div>{text.message(finding)}</div>
                <Caption1 className={styles.location}>{isCellLocation(location) ? text.location(finding) : where}</Caption1>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

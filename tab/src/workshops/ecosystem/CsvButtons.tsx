import { Button, makeStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

export interface CsvButtonsProps {
  exportLabel: string;
  importLabel: string;
  onExport: () => void;
  /** Nothing to export yet. */
  exportDisabled: boolean;
  /** Readers may export but not import. */
  readOnly: boolean;
  onFile: (file: File) => void;
  /** The hidden file input's test id (browser tests upload through it). */
  inputTestId: string;
}

/** Export and import buttons for a CSV, the import going through a hidden file input. */
export function CsvButtons({ exportLabel, importLabel, onExport, exportDisabled, readOnly, onFile, inputTestId }: CsvButtonsProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <Button icon={<ArrowDownloadRegular />} onClick={onExport} disabled={exportDisabled}>
        {exportLabel}
      </Button>
      {!readOnly && (
        <>
          <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
            {importLabel}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".csv,text/csv"
            hidden
            data-testid={inputTestId}
            aria-label={importLabel}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) onFile(file);
            }}
          />
        </>
      )}
    </div>
  );
}

import { useState } from 'react';
import { saveBlob } from '../../community/saveBlob';
import type { T } from '../../i18n/types';
import { CsvButtons } from './CsvButtons';
import { CsvReport } from './CsvReport';

/** What a table import did, as the stakeholder and relationship imports both report it. */
export interface CsvImportResult {
  added: number;
  updated: number;
  problems: readonly { row: number; reason: string; value?: string }[];
  missingColumns: readonly string[];
}

export interface CsvTableToolsProps<R extends CsvImportResult> {
  t: T;
  /** Readers may export but not import. */
  readOnly: boolean;
  exportLabel: string;
  importLabel: string;
  fileName: string;
  /** Nothing to export yet. */
  exportDisabled: boolean;
  /** Prefix of the test ids of the file input and the report (`<testId>-input`, `<testId>-report`). */
  testId: string;
  /** The table as CSV text. */
  toCsv(): string;
  /** Reads a file's text (it may first need the other language's catalog); good rows are applied by `apply`. */
  importCsv(text: string): R | Promise<R>;
  /** Keeps what an import read, called only when it added or updated rows. */
  apply(result: R): void;
  summary(result: R): string;
  problemText(problem: R['problems'][number]): string;
}

/** Export a workshop table as CSV (safe to open in a spreadsheet) and import it back; bad rows are reported. */
export function CsvTableTools<R extends CsvImportResult>(props: CsvTableToolsProps<R>) {
  const { t, readOnly, testId } = props;
  const [report, setReport] = useState<R | undefined>(undefined);

  const importFile = async (file: File) => {
    const result = await props.importCsv(await file.text());
    if (result.added + result.updated > 0) props.apply(result);
    setReport(result);
  };

  return (
    <>
      <CsvButtons
        exportLabel={props.exportLabel}
        importLabel={props.importLabel}
        onExport={() => saveBlob(new Blob([props.toCsv()], { type: 'text/csv;charset=utf-8' }), props.fileName)}
        exportDisabled={props.exportDisabled}
        readOnly={readOnly}
        onFile={(file) => void importFile(file)}
        inputTestId={`${testId}-input`}
      />
      {report && (
        <CsvReport
          t={t}
          testId={`${testId}-report`}
          summary={props.summary(report)}
          missingColumns={report.missingColumns}
          problems={report.problems.map((p) => ({ key: `${p.row}-${p.reason}`, text: props.problemText(p) }))}
          onDismiss={() => setReport(undefined)}
        />
      )}
    </>
  );
}

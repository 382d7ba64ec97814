// Export: the scorecard as Markdown, JSON and CSV, the commitments register, and reviewer agreement.
// Pure except write-file.ts; never loads ink or react.
export {buildExport, reviewFromSidecar, type ExportInput, type ReviewSource} from './build.js';
export {renderMarkdown, agreementLine, describeAgreement, markdownInline, markdownQuote} from './markdown.js';
export {renderCsv, neutraliseCell, evidenceCell, csvColumns, csvColumnsFor, csvText, type CsvColumn} from './csv.js';
export {serializeExport, parseExport, type ParsedExport} from './json.js';
export {exportDocumentSchema, exportSchemasFor, exportFormatName, exportFormatVersion, exportJsonSchema, type Agreement, type AgreementByField, type ExportAnswer, type ExportDocument, type ExportLetter} from './schema.js';
export {judgeTimeliness, describeTimeliness, answerDays, postponedAnswerDays} from './timeliness.js';
export {compareRaters, fieldName, judgedFields, judgedFieldsOf, measurePairs, reviewerRating, reviewerVersusTool, toolRating, type JudgedField, type Rating} from './agreement.js';
export {deadlineTable, formatDeadlineTable, resolveDeadline, resolveDeadlineAt, summerRecessStart, christmasRecessStart, prinsjesdag, type DeadlineRow, type ResolvedDeadline} from './deadlines.js';
export {findCommitments, promiser, type Commitment} from './commitments.js';
export {ExportWriteError, isUntouchedScorecard, scorecardFilePath, stampScorecard, writeExportFile, writeScorecardFile, type ScorecardWritten} from './write-file.js';

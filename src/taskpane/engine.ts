// Everything the pane computes with — rubric and bloc checks (zod), the scoring engine, workbook plans and
// checks — behind one door, loaded as a chunk of its own the first time a job needs it. The pane's first load
// carries only the shell and the views' markup, which keeps it small and quick in Excel's task pane.
export { restoreBackup } from "../services/backup";
export { generateWorkbook } from "../services/generateWorkbook";
export { rubricFromText } from "../services/inputs";
export { openBytes, readContents } from "../services/openWorkbook";
export { previewGeneration } from "../services/previewGeneration";
export { applyQuickFixes } from "../services/quickFixes";
export { rankWorkbook } from "../services/rankWorkbook";
export { recordVote } from "../services/recordVote";
export { applyRegeneration, needsConfirmation, previewRegeneration } from "../services/regenerate";
export { validateWorkbook } from "../services/validateWorkbook";
export { SAMPLE_BLOC, SAMPLE_RUBRIC_TEXT } from "./samples";
export { sealWorkbook, unsealWorkbook } from "../services/sealWorkbook";
export { sealStatus } from "../services/sealStatus";
export { splitWorkbook } from "../services/splitWorkbook";
export { copyFileNames, safeFileName } from "../services/copyFileNames";
export { mergeCopies } from "../services/mergeCopies";
export { zip } from "../hosts/xlsx/zip";
export { portableCodec } from "../hosts/xlsx/portableCodec";
export { exportRubricTable, importRubricTable } from "../services/rubricTable";
export { treeLines } from "../i18n/rubricTree";
export { reportWorkbook } from "../services/reportWorkbook";
export { checkBoard } from "../services/boardCheck";
export { boardSummaryPlan, boardView } from "../services/boardSummary";
export { pasteTargets } from "../services/pasteTargets";

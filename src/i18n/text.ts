import type { Lang } from "./types";

/** Every user-facing string that is not a finding, one table per language (en must have every vi key). */
const vi = {
  "cli.usage": `Cách dùng: thidua <lệnh> [tùy chọn]

Lệnh:
  score    --rubric R.json --bloc B.json --scores S.csv [--stage self|bloc|verified|final] [--vote U05,U07]… [--json]
           Xếp hạng trực tiếp từ ba tệp.
  generate --rubric R.json|TABLE.xlsx --bloc B.json --out F.xlsx [--force [--discard-scores]]
           Tạo sổ chấm điểm của khối từ rubric.json hoặc bảng tiêu chí của khối (bảng có lỗi: không ghi gì;
           không ghi đè nếu thiếu --force; sổ đã có điểm chỉ bị ghi đè khi thêm --discard-scores; bản cũ giữ ở F.bak.xlsx).
  fill     F.xlsx --scores S.csv [--out G.xlsx [--force]]
           Nhập điểm từ CSV vào sổ (tất cả hoặc không gì cả; ghi tại chỗ thì giữ bản cũ F.bak.xlsx).
           Với bản riêng của một đơn vị: chỉ nhận điểm tự chấm của chính đơn vị đó.
  rank     F.xlsx [--stage …] [--vote …] [--json]
           Xếp hạng từ sổ chấm điểm.
  validate F.xlsx [--rubric AGREED.json] [--stage …] [--json]
           Kiểm tra sổ trước khi nộp.
  split    F.xlsx --out DIR [--force]
           Tách mỗi đơn vị một bản riêng để tự chấm (chỉ mở cột Tự chấm), đặt tên theo đơn vị.
  merge    F.xlsx COPY.xlsx… [--dry-run]
           Nhập điểm tự chấm từ các bản của đơn vị vào sổ (tất cả hoặc không gì cả; in các ô thay đổi trước khi ghi).
  seal     F.xlsx --by "Họ tên" [--stage …]
           Chốt kết quả khi sổ không còn lỗi (ghi người chốt, thời điểm, dấu kiểm mọi điểm, số lần, biểu quyết).
  unseal   F.xlsx --by "Họ tên" --reason "lý do"
           Mở chốt kết quả (được ghi lại trong lịch sử của sổ).
  report   F.xlsx [--out R.xlsx [--force]] [--place "Huế"] [--date dd/mm/yyyy] [--head U] [--deputy U]
           Thêm hoặc cập nhật trang "Báo cáo kết quả chấm điểm" để in (A4).
  board    DIR [--rubrics DIR] [--json] [--out summary.xlsx [--force]]
           Kiểm tra mọi sổ của các khối trong thư mục, lập bảng tổng hợp cho Ban Thi đua - Khen thưởng.
  rubric   import TABLE.xlsx|TABLE.csv [--out R.json [--force]] | export R.json --out TABLE.xlsx [--force]
           import: đọc bảng tiêu chí của khối (trang đầu hoặc trang "Bảng tiêu chí", cùng trang "Quy định chấm"),
           in cây tiêu chí đã hiểu; có --out thì ghi rubric.json (bảng có lỗi: không ghi gì).
           export: ghi rubric.json thành hai trang "Bảng tiêu chí" và "Quy định chấm" để cán bộ sửa.

Tùy chọn chung: --lang vi|en (mặc định vi), --help.
Mã thoát: 0 xong; 1 dữ liệu có lỗi; 2 không dùng được đầu vào (không ghi gì).`,
  "cli.unknownCommand": "Lệnh không hợp lệ: {0}. Gõ thidua --help để xem các lệnh.",
  "cli.unknownCommandNear": "Lệnh không hợp lệ: {0}. Có phải bạn muốn: {1}? Gõ thidua --help để xem các lệnh.",
  "cli.verbUsage": "Cách dùng: thidua {0}",
  "cli.unknownOption": "Tùy chọn không hợp lệ: {0}. Gõ thidua --help để xem các tùy chọn.",
  "cli.missingOption": "Thiếu tùy chọn {0}. Gõ thidua --help để xem cách dùng.",
  "cli.missingValue": "Tùy chọn {0} cần một giá trị.",
  "cli.badStage": "Giai đoạn không hợp lệ: {0}. Dùng self, bloc, verified hoặc final.",
  "cli.badLang": "Ngôn ngữ không hợp lệ: {0}. Dùng vi hoặc en.",
  "cli.badVote": "Biểu quyết --vote {0} không hợp lệ: cần ít nhất hai mã đơn vị khác nhau của khối, cách nhau bằng dấu phẩy.",
  "cli.inputErrors": "Không dùng được đầu vào; chưa ghi gì.",
  "cli.readOnly": "Tệp {0} đang ở chế độ chỉ đọc nên không ghi đè. Bỏ thuộc tính chỉ đọc của tệp (Thuộc tính > bỏ chọn Chỉ đọc, hoặc chmod u+w) rồi chạy lại, hoặc ghi ra tệp khác bằng --out.",
  "cli.locked": "Tệp {0} đang được dùng bởi lệnh thidua {1} khác (pid {2} trên máy {3}, từ {4}); chưa làm gì. Chờ lệnh đó xong rồi chạy lại. Nếu chắc chắn không còn lệnh nào chạy, xóa tệp khóa {5}.",
  "cli.generate.holdsScores": "Tệp {0} đang chứa {1} ô điểm, ghi chú hoặc biểu quyết đã nhập; tạo lại sổ sẽ xóa hết nên chưa ghi gì. Để giữ điểm khi đổi bảng điểm hoặc danh sách đơn vị, dùng chức năng Tạo lại sổ của add-in (điểm được chuyển sang sổ mới). Nếu thật sự muốn bỏ các số liệu này, chạy lại với --force --discard-scores (bản cũ sẽ được giữ ở {2}).",
  "cli.moreFindings": "… và {0} thông báo khác (chỉ in {1} thông báo đầu; validate --json cho ra tất cả).",
  "cli.dataErrors": "Dữ liệu có lỗi.",
  "cli.unexpected": "Lỗi không mong đợi: {0}. Hãy gửi thông báo này cho người quản trị.",
  "cli.systemFailed": "Không dùng được {0}: {1}. {2} Chưa thay đổi tệp nào.",
  "cli.warnings": "Lưu ý:",
  "cli.outExists": "Tệp {0} đã có; không ghi đè. Thêm --force để ghi đè.",
  "cli.writeFailed": "Không ghi được tệp {0}: {1}. {2} Chưa thay đổi tệp nào.",
  "cli.generated": "Đã tạo sổ chấm điểm {0}: {1} đơn vị, {2} tiêu chí.",
  "cli.generate.upgraded": "Đã chuyển sổ {0} sang định dạng mới, giữ nguyên {1} ô đã nhập (điểm, số lần, ghi chú, biểu quyết).",
  "cli.generate.upgradeLoses": "Sổ {0} được tạo bằng phiên bản cũ; chuyển sang định dạng mới với bảng tiêu chí/khối này sẽ bỏ {1} ô đã nhập không còn chỗ (đơn vị hoặc tiêu chí đã bỏ). Chưa ghi gì. Thêm --discard-scores nếu chấp nhận bỏ các ô đó.",
  "cli.generate.upgradeReason": "Chuyển sổ sang định dạng mới (thidua generate)",
  "cli.generate.retiredCopies": "Lưu ý: {1} đơn vị ({0}) không còn trong khối; bản đã tách gửi cho các đơn vị này sẽ không nhập lại được (thidua merge từ chối). Các đơn vị còn lại giữ mã riêng: bản đã gửi vẫn nhập được.",
  "cli.filled": "Đã nhập {0} ô vào {1}.",
  "cli.backup.fill": "Bản trước khi nhập điểm được giữ ở {0}.",
  "cli.backup.merge": "Bản trước khi gộp các bản của đơn vị được giữ ở {0}.",
  "cli.backup.split": "Bản trước khi ghi mã riêng của các đơn vị được giữ ở {0}.",
  "cli.backup.report": "Bản trước khi thêm trang Báo cáo được giữ ở {0}.",
  "cli.backup.seal": "Bản trước khi chốt kết quả được giữ ở {0}.",
  "cli.backup.unseal": "Bản trước khi mở chốt được giữ ở {0}.",
  "cli.backup.generate": "Bản trước khi tạo lại sổ được giữ ở {0}.",
  "cli.backup.upgrade": "Bản trước khi chuyển sang định dạng mới được giữ ở {0}.",
  "cli.backup.rubric": "Tệp cũ trước khi ghi đè được giữ ở {0}.",
  "cli.split.done": "Đã tách {0} bản cho các đơn vị vào thư mục {1}:",
  "cli.split.tokens": "Đã ghi vào {1} mã riêng của {0} đơn vị: khi gộp, mỗi bản chỉ được nhập vào đúng đơn vị mang mã đó.",
  "cli.split.copy": "  {0} → {1}",
  "cli.merge.changes": "Các ô thay đổi ({0}):",
  "cli.merge.change": "  {0}: {1} {2}: {3} → {4}",
  "cli.merge.empty": "(trống)",
  "cli.merge.note": "ghi chú",
  "cli.merge.nothing": "Các bản không làm thay đổi ô nào của {0}; chưa ghi gì.",
  "cli.merge.dryRun": "Chạy thử (--dry-run): chưa ghi gì.",
  "cli.merge.done": "Đã nhập {0} ô từ {1} bản vào {2}.",
  "cli.seal.refused": "Chưa chốt được vì sổ còn lỗi (xem trên). Sửa xong rồi chốt lại.",
  "cli.seal.done": "Đã chốt kết quả {0}: {1}, lúc {2}, {3} (dấu kiểm {4}…).",
  "cli.unseal.done": "Đã mở chốt {0}: {1}, lý do: {2}. Lịch sử chốt và mở chốt được giữ trong sổ.",
  "cli.report.done": "Đã ghi trang \"{0}\" vào {1}.",
  "cli.badDate": "Ngày không hợp lệ: {0}. Viết ngày/tháng/năm, ví dụ 05/12/2023 (hoặc 2023-12-05).",
  "cli.board.none": "Thư mục {0} không có sổ chấm điểm (.xlsx) nào.",
  "cli.progress.board": "Đang kiểm tra sổ",
  "cli.progress.split": "Đang tách bản",
  "cli.progress.merge": "Đang đọc bản",
  "cli.board.written": "Đã ghi bảng tổng hợp các khối vào {0}.",
  "cli.rubric.badAction": "Lệnh rubric cần import hoặc export, không phải \"{0}\". Ví dụ: thidua rubric import bang-tieu-chi.xlsx --out rubric.json",
  "cli.rubric.tree": "Cây tiêu chí đã đọc ({0} phần, {1} tiêu chí, tổng {2} điểm):",
  "cli.rubric.tableErrors": "Bảng tiêu chí có lỗi (xem trên); chưa ghi gì. Sửa các ô đã nêu rồi chạy lại.",
  "cli.rubric.imported": "Đã ghi {0}: {1} phần, {2} tiêu chí.",
  "cli.rubric.exported": "Đã ghi bảng tiêu chí {0}: trang \"{1}\" ({2} tiêu chí) và trang \"{3}\".",
  "cli.rubric.noOut": "Chưa ghi tệp nào: thêm --out rubric.json để ghi bảng điểm.",
  "tree.points": "{0} điểm",
  "tree.weight": "hệ số {0}",
  "tree.naFull": "không áp dụng: đủ điểm",
  "tree.naRescale": "không áp dụng: quy đổi",
  "tree.capBinds": "trần ràng buộc: các dòng con cộng được {0}",
  "validate.title": "Kiểm tra sổ {0} — {1}",
  "validate.general": "Chung",
  "validate.error": "[Lỗi]",
  "validate.warning": "[Lưu ý]",
  "validate.count": "{0} lỗi, {1} lưu ý.",
  "validate.ready": "Không có lỗi: sổ sẵn sàng nộp.",
  "validate.notReady": "Sổ chưa sẵn sàng nộp: sửa các lỗi trên rồi chạy lại thidua validate.",
  "validate.unusable": "Không kiểm tra được tệp này: sửa theo hướng dẫn trên rồi chạy lại thidua validate.",
  "table.title": "Kết quả xếp hạng — {0}",
  "table.rank": "Hạng",
  "table.unit": "Đơn vị",
  "table.total": "Tổng điểm",
  "table.bonus": "Điểm thưởng",
  "table.deductions": "Điểm trừ",
  "table.place": "Giải",
  "table.classification": "Xếp loại",
  "table.award": "Đề nghị khen thưởng",
  "table.incomplete": "chưa đủ điểm",
  "table.vetoed": "kỷ luật",
  "table.ties": "Đồng hạng chưa phân định: {0}",
  "table.explanations": "Giải thích (điểm được điều chỉnh, tiêu chí không áp dụng):",
};

export type TextKey = keyof typeof vi;

const en: Record<TextKey, string> = {
  "cli.usage": `Usage: thidua <command> [options]

Commands:
  score    --rubric R.json --bloc B.json --scores S.csv [--stage self|bloc|verified|final] [--vote U05,U07]… [--json]
           Rank straight from the three files.
  generate --rubric R.json|TABLE.xlsx --bloc B.json --out F.xlsx [--force [--discard-scores]]
           Make the bloc's scoring workbook from rubric.json or the bloc's own criteria table (a table with
           errors: nothing written; never overwrites without --force; a workbook holding scores
           only with --discard-scores too; the old one is kept as F.bak.xlsx).
  fill     F.xlsx --scores S.csv [--out G.xlsx [--force]]
           Write scores from a CSV into the workbook (all or nothing; in place keeps F.bak.xlsx).
           Into a unit's own copy: that unit's self-scores only.
  rank     F.xlsx [--stage …] [--vote …] [--json]
           Rank from the workbook.
  validate F.xlsx [--rubric AGREED.json] [--stage …] [--json]
           Check the workbook before submission.
  split    F.xlsx --out DIR [--force]
           One copy per unit for self-scoring (only the self column open), named after the unit.
  merge    F.xlsx COPY.xlsx… [--dry-run]
           Write the self-scores of units' copies into the workbook (all or nothing; shows the changed cells first).
  seal     F.xlsx --by "Name" [--stage …]
           Seal the result once the workbook has no error (who, when, a fingerprint of every score, count and vote).
  unseal   F.xlsx --by "Name" --reason "why"
           Lift the seal (recorded in the workbook's history).
  report   F.xlsx [--out R.xlsx [--force]] [--place "Huế"] [--date dd/mm/yyyy] [--head U] [--deputy U]
           Add or refresh the printable "result report" sheet (A4).
  board    DIR [--rubrics DIR] [--json] [--out summary.xlsx [--force]]
           Check every bloc workbook in a folder and write one summary for the Emulation Board.
  rubric   import TABLE.xlsx|TABLE.csv [--out R.json [--force]] | export R.json --out TABLE.xlsx [--force]
           import: reads the bloc's criteria table (the first sheet or the "Bảng tiêu chí" sheet, with the
           "Quy định chấm" sheet) and prints the criteria tree it understood; with --out writes rubric.json
           (a table with errors: nothing written).
           export: writes rubric.json as the two sheets "Bảng tiêu chí" and "Quy định chấm" for officials to edit.

Common options: --lang vi|en (default vi), --help.
Exit codes: 0 done; 1 the data has errors; 2 the input can't be used (nothing written).`,
  "cli.unknownCommand": "Unknown command: {0}. Run thidua --help for the commands.",
  "cli.unknownCommandNear": "Unknown command: {0}. Did you mean: {1}? Run thidua --help for the commands.",
  "cli.verbUsage": "Usage: thidua {0}",
  "cli.unknownOption": "Unknown option: {0}. Run thidua --help for the options.",
  "cli.missingOption": "Missing option {0}. Run thidua --help for usage.",
  "cli.missingValue": "Option {0} needs a value.",
  "cli.badStage": "Invalid stage: {0}. Use self, bloc, verified or final.",
  "cli.badLang": "Invalid language: {0}. Use vi or en.",
  "cli.badVote": "Invalid --vote {0}: give at least two different unit ids of the bloc, separated by commas.",
  "cli.inputErrors": "The input can't be used; nothing was written.",
  "cli.readOnly": "{0} is read-only, so it is not overwritten. Clear its read-only attribute (Properties > untick Read-only, or chmod u+w) and run again, or write to another file with --out.",
  "cli.locked": "{0} is in use by another thidua {1} command (pid {2} on host {3}, since {4}); nothing was done. Wait for it to finish and run again. If you are sure no command is running, delete the lock file {5}.",
  "cli.generate.holdsScores": "{0} holds {1} entered {1:score, note or vote|scores, notes or votes}, which a new workbook would erase, so nothing was written. To keep the scores when the rubric or the units change, use Regenerate in the add-in (it carries the scores over). If you really mean to drop them, run again with --force --discard-scores (the old file will be kept as {2}).",
  "cli.moreFindings": "… and {0} more (only the first {1} {1:is|are} printed; validate --json gives them all).",
  "cli.dataErrors": "The data has errors.",
  "cli.unexpected": "Unexpected error: {0}. Please send this message to your administrator.",
  "cli.systemFailed": "Could not use {0}: {1}. {2} No file was changed.",
  "cli.warnings": "Notes:",
  "cli.outExists": "{0} already exists; not overwritten. Add --force to overwrite it.",
  "cli.writeFailed": "Could not write {0}: {1}. {2} No file was changed.",
  "cli.generated": "Made the scoring workbook {0}: {1} {1:unit|units}, {2} {2:criterion|criteria}.",
  "cli.generate.upgraded": "Moved {0} to the new workbook format, keeping {1} entered {1:cell|cells} (scores, counts, notes, votes).",
  "cli.generate.upgradeLoses": "{0} was made by an earlier version; moving it to the new format with this rubric and bloc would drop {1} entered {1:cell|cells} that no longer have a place (units or criteria removed). Nothing was written. Add --discard-scores to accept dropping them.",
  "cli.generate.upgradeReason": "Moved to the new workbook format (thidua generate)",
  "cli.generate.retiredCopies": "Note: {1} {1:unit|units} ({0}) {1:is|are} no longer in the bloc; the {1:copy|copies} split for {1:it|them} will not merge (thidua merge refuses {1:it|them}). The other units keep their tokens: the copies they were sent still merge.",
  "cli.filled": "Wrote {0} {0:cell|cells} into {1}.",
  "cli.backup.fill": "The file as it was before the scores were entered is kept as {0}.",
  "cli.backup.merge": "The file as it was before the copies were merged is kept as {0}.",
  "cli.backup.split": "The file as it was before the units' tokens were recorded is kept as {0}.",
  "cli.backup.report": "The file as it was before the report sheet was added is kept as {0}.",
  "cli.backup.seal": "The file as it was before sealing is kept as {0}.",
  "cli.backup.unseal": "The file as it was before unsealing is kept as {0}.",
  "cli.backup.generate": "The workbook as it was before it was made again is kept as {0}.",
  "cli.backup.upgrade": "The workbook as it was before the move to the new format is kept as {0}.",
  "cli.backup.rubric": "The old file, as it was before it was overwritten, is kept as {0}.",
  "cli.split.done": "Made {0} {0:copy|copies} for the units in the folder {1}:",
  "cli.split.tokens": "Recorded in {1} the token of {0} {0:unit|units}: merge takes each copy only into the unit whose token it carries.",
  "cli.split.copy": "  {0} → {1}",
  "cli.merge.changes": "Cells that change ({0}):",
  "cli.merge.change": "  {0}: {1} {2}: {3} → {4}",
  "cli.merge.empty": "(empty)",
  "cli.merge.note": "note",
  "cli.merge.nothing": "The copies change no cell of {0}; nothing was written.",
  "cli.merge.dryRun": "Dry run (--dry-run): nothing was written.",
  "cli.merge.done": "Wrote {0} {0:cell|cells} from {1} {1:copy|copies} into {2}.",
  "cli.seal.refused": "Not sealed: the workbook still has errors (see above). Fix them and seal again.",
  "cli.seal.done": "Sealed the result of {0}: {1}, at {2}, {3} (fingerprint {4}…).",
  "cli.unseal.done": "Unsealed {0}: {1}, reason: {2}. The history of seals and unseals stays in the workbook.",
  "cli.report.done": "Wrote the sheet \"{0}\" into {1}.",
  "cli.badDate": "Invalid date: {0}. Write day/month/year, e.g. 05/12/2023 (or 2023-12-05).",
  "cli.board.none": "The folder {0} holds no scoring workbook (.xlsx).",
  "cli.progress.board": "Checking workbook",
  "cli.progress.split": "Making copy",
  "cli.progress.merge": "Reading copy",
  "cli.board.written": "Wrote the summary of the blocs into {0}.",
  "cli.rubric.badAction": "The rubric command needs import or export, not \"{0}\". For example: thidua rubric import criteria.xlsx --out rubric.json",
  "cli.rubric.tree": "Criteria tree read ({0} {0:part|parts}, {1} {1:criterion|criteria}, {2} points in all):",
  "cli.rubric.tableErrors": "The criteria table has errors (see above); nothing was written. Correct the cells named and run it again.",
  "cli.rubric.imported": "Wrote {0}: {1} {1:part|parts}, {2} {2:criterion|criteria}.",
  "cli.rubric.exported": "Wrote the criteria table {0}: sheet \"{1}\" ({2} {2:criterion|criteria}) and sheet \"{3}\".",
  "cli.rubric.noOut": "No file written: add --out rubric.json to write the rubric.",
  "tree.points": "{0} points",
  "tree.weight": "weight {0}",
  "tree.naFull": "not applicable: full",
  "tree.naRescale": "not applicable: rescale",
  "tree.capBinds": "cap binds: its rows reach {0}",
  "validate.title": "Checking {0} — {1}",
  "validate.general": "General",
  "validate.error": "[Error]",
  "validate.warning": "[Note]",
  "validate.count": "{0} {0:error|errors}, {1} {1:note|notes}.",
  "validate.ready": "No errors: the workbook is ready to submit.",
  "validate.notReady": "The workbook is not ready to submit: fix the errors above and run thidua validate again.",
  "validate.unusable": "This file can't be checked: follow the advice above and run thidua validate again.",
  "table.title": "Ranking — {0}",
  "table.rank": "Rank",
  "table.unit": "Unit",
  "table.total": "Total",
  "table.bonus": "Bonus",
  "table.deductions": "Deductions",
  "table.place": "Place",
  "table.classification": "Classification",
  "table.award": "Proposed award",
  "table.incomplete": "incomplete",
  "table.vetoed": "disciplined",
  "table.ties": "Unresolved ties: {0}",
  "table.explanations": "Explanations (changed scores, criteria not applicable):",
};

export const textTables: Record<Lang, Record<TextKey, string>> = { vi, en };

/** The string for `key`, with {0}, {1}… replaced by `args`. */
const plurals = { vi: new Intl.PluralRules("vi"), en: new Intl.PluralRules("en") };

/**
 * A text with its placeholders filled: `{0}` is argument 0; `{0:cell|cells}` is the word for argument 0's count,
 * chosen by the language's plural rules (Intl.PluralRules: "one" takes the first form), so English says
 * "1 cell", "2 cells" and never "1 cells" or "cell(s)".
 */
export function text(lang: Lang, key: TextKey, ...args: (string | number)[]): string {
  return textTables[lang][key]
    .replace(/\{(\d+):([^|{}]*)\|([^{}]*)\}/g, (_, i: string, one: string, other: string) => (plurals[lang].select(Number(args[Number(i)])) === "one" ? one : other))
    .replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

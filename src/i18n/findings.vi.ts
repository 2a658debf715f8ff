import { recordedAt } from "./clock";
import { list, num } from "./format";
import { stageName } from "./stages";
import type { FindingMessages } from "./types";
import { onSurface } from "./surface";
import { systemError } from "./systemErrors";
import { isWholeEntry, rubricChangeSubject, shown } from "./validation";
import type { MessageContext } from "./types";

const n = (v: unknown) => num(v, "vi");
const l = (v: unknown) => list(v, "vi");
const sh = (v: unknown) => shown(v, "vi");
/** When a seal was recorded, as a reader says it (the record holds ISO 8601 in UTC), never the raw text. */
const when = (v: unknown) => (typeof v === "string" ? `lúc ${recordedAt.vi(v)}` : "");
/** `I "Công tác chính trị"` when the rubric is at hand, else the id. */
const named = (id: unknown, c: MessageContext) => {
  const name = c.name(String(id));
  return name ? `${id} "${name}"` : String(id);
};
/** ERR_MEASURE's problems (domain/measureRules.ts), each with what to do. */
const MEASURE_PROBLEMS_VI: Record<string, string> = {
  bands_missing: `cách chấm theo bậc ("shape": "bands") cần danh sách "bands": [[tỷ lệ tối thiểu %, điểm], …], bậc cao nhất trước`,
  bands_on_linear: `cách chấm theo tỷ lệ ("linear") không dùng "bands". Xóa "bands" hoặc đổi "shape" thành "bands"`,
  above_on_bands: `cách chấm theo bậc không dùng "perPercentAbove"/"maxAbove" (điểm vượt chỉ tiêu). Xóa hai trường này`,
  max_above_missing: `có "perPercentAbove" (điểm mỗi 1% vượt) thì phải có "maxAbove" (điểm vượt tối đa). Thêm "maxAbove"`,
  per_percent_missing: `có "maxAbove" thì phải có "perPercentAbove" (điểm mỗi 1% vượt chỉ tiêu). Thêm "perPercentAbove" hoặc xóa "maxAbove"`,
  bands_order: `các bậc phải xếp từ tỷ lệ cao xuống thấp, không trùng nhau. Sắp xếp lại "bands"`,
  band_points_order: `bậc có tỷ lệ thấp hơn không được nhiều điểm hơn bậc trên. Sửa điểm các bậc`,
  band_above_max: `điểm của một bậc vượt điểm chuẩn của tiêu chí. Giảm điểm bậc đó hoặc tăng điểm chuẩn`,
};
const generate = (c: MessageContext) => onSurface(c.surface, "bằng thidua generate", "ở mục Tạo mẫu");

/** Where the reason goes: the note column of a CSV line, or the reason cell a workbook finding points at. */
function reasonWhere(f: { readonly source?: { readonly line?: number } }): string {
  return f.source?.line !== undefined ? "ghi lý do vào cột note của dòng này" : "ghi lý do vào ô này (cột lý do của giai đoạn)";
}

/** "điểm 6,75 (khối chấm) khác 7 (tự chấm)": a changed value, `na` in words. */
function changed(p: Readonly<Record<string, unknown>>): string {
  const v = (x: unknown) => (x === "na" ? "không áp dụng" : n(x));
  const what = p.kind === "criterion" ? "điểm" : "số lần";
  return `${what} ${v(p.after)} (${stageName(String(p.stage), "vi")}) khác ${v(p.before)} (${stageName(String(p.previous), "vi")})`;
}

export const viFindings: FindingMessages = {
  ERR_FILE_UNREADABLE: (p) => {
    const s = systemError(String(p.reason), "vi");
    return `không đọc được ${p.path ?? p.file}: ${s.what}. ${s.todo}`;
  },
  ERR_JSON_SYNTAX: (p) => `tệp ${p.file} không phải JSON hợp lệ (${p.reason}). Mở tệp bằng trình soạn thảo và sửa chỗ sai cú pháp.`,
  ERR_SCHEMA: (p) =>
    p.problem === "group_field"
      ? `"${p.field}": một nhóm (có "criteria") không mang hệ số, "notApplicable" hay "measure". Đặt trường này vào từng tiêu chí của nhóm.`
      : p.problem === "unrecognized_keys"
      ? `trường "${p.field}" không có trong định dạng (viết sai tên trường?). Xóa trường này hoặc sửa lại tên cho đúng.`
      : p.found === "undefined"
      ? `thiếu trường "${p.field}"${p.expected ? ` (cần ${p.expected})` : ""}. Bổ sung trường này.`
      : `trường "${p.field}" không hợp lệ: giá trị ${p.found}${p.expected ? `, cần ${p.expected}` : ""}${p.limit !== undefined ? ` (giới hạn ${n(p.limit)})` : ""} (${p.problem}). Sửa lại giá trị.`,
  ERR_DUPLICATE_ID: (p) => `mã "${p.value}" ở ${p.field} trùng với ${p.first}. Mỗi mã chỉ được dùng một lần: đổi một trong hai mã.`,
  ERR_DUPLICATE_NAME: (p) => `tên "${p.value}" ở ${p.field} trùng với ${p.first}. Mỗi tên chỉ được dùng một lần: đổi một trong hai tên.`,
  ERR_RUBRIC_SUM: (p, _f, c) =>
    `Phần ${named(p.section, c)}: tổng điểm chuẩn các tiêu chí ${n(p.sum)} < ${n(p.max)}. Điểm tối đa của phần không thể đạt được: tăng điểm chuẩn các tiêu chí hoặc giảm điểm tối đa của phần.`,
  ERR_PRECISION: (p) => `${p.field} = ${n(p.value)} có quá nhiều chữ số thập phân (tối đa ${p.limit}). Làm tròn giá trị này.`,
  ERR_TIEBREAK_UNKNOWN: (p) =>
    p.duplicate
      ? `tiêu chí phân định "${p.value}" bị lặp lại. Xóa mục trùng trong tieBreak.`
      : `tiêu chí phân định "${p.value}" không tồn tại. Dùng "section:<mã phần>" (${l(p.sections)}), "fewerDeductions" hoặc "moreBonus".`,
  ERR_AWARD_CLASSIFICATION: (p) => `hình thức khen thưởng "${p.award}" yêu cầu xếp loại "${p.value}" không có trong bảng xếp loại (${l(p.labels)}). Sửa tên xếp loại cho khớp.`,
  ERR_BLOC_ROLE: (p) =>
    p.same
      ? `Phó Trưởng khối trùng với Trưởng khối (${p.value}). Chọn hai đơn vị khác nhau.`
      : `${p.role === "head" ? "Trưởng khối" : "Phó Trưởng khối"} "${p.value}" không phải đơn vị của khối (${l(p.units)}). Chọn một đơn vị trong danh sách.`,
  ERR_CSV_HEADER: (p) => `dòng tiêu đề thiếu cột ${l(p.missing)} (đang có: ${l(p.found)}). Dòng đầu phải là: unit,item,stage,value,note.`,
  ERR_CSV_ROW: (p) => `dòng có ${p.fields} cột, cần ${p.expected}. Kiểm tra dấu phân cách và dấu ngoặc kép.`,
  ERR_CSV_QUOTE: () => `dấu ngoặc kép mở ở dòng này không bao giờ được đóng, nên mọi dòng sau sẽ bị gộp vào một ô; chưa đọc dòng nào. Thêm dấu " đóng ô đó (viết "" cho một dấu ngoặc kép nằm trong ô).`,
  ERR_UNKNOWN_UNIT: (p) => `đơn vị "${p.value}" không có trong khối. Dùng mã của một đơn vị trong danh sách đơn vị của khối.`,
  ERR_UNKNOWN_ITEM: (p) => `tiêu chí/mục "${p.value}" không có trong bảng điểm. Sửa mã theo rubric.json.`,
  ERR_UNKNOWN_STAGE: (p) => `giai đoạn "${p.value}" không hợp lệ. Dùng một trong: self (tự chấm), bloc (khối chấm), verified (thẩm định).`,
  ERR_MEASURE: (p) => `tiêu chí ${p.item} chấm theo kết quả: ${MEASURE_PROBLEMS_VI[String(p.problem)] ?? String(p.problem)}.`,
  ERR_TARGET_NOT_MEASURED: (p) =>
    p.kind === "criterion"
      ? `tiêu chí "${p.value}" không chấm theo kết quả thực hiện nên không có chỉ tiêu giao (dòng giai đoạn "target"). Xóa dòng này, hoặc thêm "measure" cho tiêu chí trong bảng tiêu chí.`
      : `mục "${p.value}" là điểm thưởng/điểm trừ, không có chỉ tiêu giao (dòng giai đoạn "target"). Xóa dòng này.`,
  ERR_TARGET_COUNT: (p) => `cột chỉ tiêu dán vào có ${n(p.found)} dòng nhưng khối có ${n(p.expected)} đơn vị. Dán đúng một dòng cho mỗi đơn vị, theo thứ tự đơn vị của khối (để trống dòng của đơn vị chưa có chỉ tiêu).`,
  ERR_TARGET_AMBIGUOUS: (p) => `chỉ tiêu "${p.value}" có thể là ${n(p.grouped)} hoặc ${n(p.decimal)}. Dán lại cột với số không có dấu phân cách hàng nghìn (ví dụ 1200 hoặc 1,2).`,
  ERR_STAGE_NOT_IN_RUBRIC: (p) => `giai đoạn "${p.value}" không được dùng trong bảng điểm này (chỉ có ${l(p.stages)}).`,
  ERR_DUPLICATE_ROW: (p) =>
    `điểm này đã được nhập ${p.firstLine !== null ? `ở dòng ${p.firstLine}` : p.firstCell !== null ? `ở ô ${p.firstCell}` : "trước đó"}. Mỗi (đơn vị, mục, giai đoạn) chỉ một dòng: xóa một dòng.`,
  ERR_NOT_WORKBOOK: (p, _f, c) =>
    p.reason === "xlsx"
      ? `tệp ${p.file ?? ""} không phải sổ Excel (.xlsx) đọc được (${p.detail ?? ""}). Mở tệp bằng Excel và lưu lại dạng .xlsx, hoặc tạo sổ mới ${generate(c)}.`
      : `tệp ${p.file ?? ""} không phải sổ chấm điểm Thi đua hoặc phần dữ liệu ẩn của sổ đã bị hỏng (${p.reason}${p.key ? `: ${p.key}` : ""}). Dùng sổ được tạo ${generate(c)}.`,
  ERR_WORKBOOK_OLD: (p, _f, c) =>
    `tệp ${p.file ?? ""} được tạo bằng phiên bản cũ hơn của Thi đua (định dạng sổ ${p.version}; phiên bản này dùng định dạng ${p.current}: cột ghi chú nay tách thành cột minh chứng và cột lý do từng giai đoạn). Chuyển sổ sang định dạng mới ${onSurface(c.surface, `bằng thidua generate --rubric rubric.json --bloc bloc.json --out ${p.file ?? "SỔ.xlsx"} --force: điểm, số lần, biểu quyết và ghi chú được chuyển sang, sổ cũ giữ ở tệp .bak.xlsx`, "ở mục Tạo mẫu (bấm Tạo lại): điểm, số lần, biểu quyết và ghi chú được chuyển sang, sổ cũ được sao lưu trong sổ")}.`,
  ERR_LAYOUT: (p) =>
    p.cell
      ? `ô ${p.cell} của trang "${p.sheet}" phải là "${p.expected}" nhưng đang là "${p.found}": dòng hoặc cột đã bị chèn, xóa hoặc di chuyển. Dùng lại bản sổ chưa bị sửa bố cục.`
      : `thiếu trang "${p.sheet}" (có thể đã bị xóa hoặc đổi tên). Khôi phục hoặc đặt lại đúng tên trang.`,
  ERR_UNIT_NAME: (p) =>
    `ô ${p.cell} của trang "${p.sheet}" ghi "${p.found}" nhưng sổ được lập cho "${p.expected}": tên đơn vị đã bị sửa hoặc tráo, nên điểm và thứ hạng in ra sẽ nằm dưới tên khác. Trả lại đúng tên; muốn đổi tên đơn vị thì sửa bloc.json rồi tạo lại sổ.`,
  ERR_NOT_UNIT_COPY: (p) =>
    p.reason === "stage"
      ? `tệp ${p.file ?? ""} ghi là bản nhập điểm giai đoạn "${p.key}", nhưng bản tách cho đơn vị chỉ nhập Tự chấm: phần dữ liệu ẩn của bản đã bị sửa. Không nhập bản này; yêu cầu đơn vị gửi lại đúng bản được tách bằng thidua split.`
      : p.reason === "workbook"
      ? `tệp ${p.file ?? ""} là sổ chấm điểm của cả khối, không phải bản của một đơn vị. Chọn các tệp được tách bằng thidua split.`
      : `tệp ${p.file ?? ""} không phải bản chấm điểm của một đơn vị, hoặc phần dữ liệu ẩn của bản đã bị hỏng (${p.reason}${p.key ? `: ${p.key}` : ""}). Dùng bản được tách bằng thidua split.`,
  ERR_COPY_RUBRIC: (p) =>
    `bản ${p.file ?? ""} của đơn vị ${p.unit ?? ""} không cùng bảng tiêu chí với sổ của khối (bảng tiêu chí trong bản đã bị sửa, hoặc bản được tách từ một sổ khác). Không nhập bản này: gửi lại cho đơn vị bản tách từ sổ hiện tại.`,
  ERR_COPY_FOREIGN: (p) => `bản ${p.file ?? ""} thuộc "${p.bloc}", không phải "${p.expected}". Không nhập bản của khối khác.`,
  ERR_COPY_DUPLICATE: (p) => `bản ${p.file ?? ""} và bản ${p.first} đều là của đơn vị ${p.unit}. Mỗi đơn vị chỉ nhập một bản: bỏ bớt một tệp.`,
  ERR_COPY_OUTSIDE_ROW: (p) =>
    p.reason === "unit"
      ? `dòng này là điểm của đơn vị "${p.value}", nhưng sổ đang nhập là bản riêng của đơn vị ${p.copyUnit}: bản của đơn vị chỉ nhận điểm của chính đơn vị đó. Xóa các dòng của đơn vị khác khỏi tệp điểm (chưa ghi gì), hoặc nhập chúng vào sổ của cả khối.`
      : `dòng này là điểm giai đoạn "${p.value}", nhưng bản của đơn vị ${p.copyUnit} chỉ mở cột ${stageName(String(p.copyStage), "vi")}. Chỉ giữ các dòng giai đoạn ${p.copyStage} trong tệp điểm (chưa ghi gì); các giai đoạn khác nhập vào sổ của cả khối.`,
  ERR_COPY_NO_TOKEN: (p) =>
    `bản ${p.file ?? ""} không mang mã riêng của đơn vị: sổ hoặc bản này được tách bằng phiên bản cũ của Thi đua, nên không kiểm được bản là của đơn vị nào. Không nhập bản này: tách lại sổ bằng thidua split, gửi cho đơn vị bản mới và nhập bản đó.`,
  ERR_COPY_TOKEN_UNKNOWN: (p) =>
    `bản ${p.file ?? ""} mang mã không do sổ này cấp khi tách (mã trong phần dữ liệu ẩn đã bị sửa, hoặc bản được tách từ một sổ khác). Không nhập bản này: yêu cầu đơn vị gửi lại đúng bản được tách từ sổ hiện tại.`,
  ERR_COPY_RELABELLED: (p) =>
    `bản ${p.file ?? ""} ghi là của đơn vị ${p.claimed} nhưng mang mã của đơn vị ${p.owner}: phần dữ liệu ẩn đã bị sửa để nhập điểm vào đơn vị khác. Không nhập bản này; mỗi đơn vị chỉ nhập được bản của chính mình.`,
  ERR_COPY_UNIT_REMOVED: (p, _f, c) =>
    `bản ${p.file ?? ""} là của đơn vị ${p.unit}, nhưng đơn vị này đã được bỏ khỏi khối khi tạo lại sổ, nên bản không nhập được. Nếu đơn vị vẫn thuộc khối, thêm lại đơn vị vào danh sách${onSurface(c.surface, " (bloc.json) rồi tạo lại sổ bằng Tạo mẫu của add-in (giữ điểm đã nhập)", " ở mục Tạo mẫu rồi bấm Tạo sổ chấm điểm")}: đơn vị lấy lại mã riêng và bản này nhập được.`,
  ERR_REPORT_SAME_UNIT: (p, _f, c) =>
    `Trưởng khối và Phó khối năm sau cùng là một đơn vị (${p.name}, ${p.unit}). Chưa lập trang Báo cáo; ${onSurface(c.surface, "cho --head và --deputy hai đơn vị khác nhau (thiếu tùy chọn nào thì lấy đơn vị ghi trong sổ khi tạo)", "chọn hai đơn vị khác nhau ở ô Trưởng khối năm sau và Phó khối năm sau")}.`,
  ERR_SEALED: (p, _f, c) => `sổ đã được chốt kết quả (${p.stage ? `${stageName(String(p.stage), "vi")}, ` : ""}${p.by}, ${when(p.at)}). Muốn sửa phải mở chốt trước${onSurface(c.surface, `: thidua unseal --by "Họ tên" --reason "lý do"`, " ở mục Niêm phong (bấm Mở niêm phong, ghi họ tên và lý do)")}.`,
  ERR_NOT_SEALED: () => `sổ chưa được chốt kết quả nên không có gì để mở chốt.`,
  ERR_SEALED_CHANGED: (p, _f, c) =>
    p.reason === "record"
      ? `phần ghi chốt kết quả trong sổ đã bị sửa nên không còn đối chiếu được. Dùng lại bản sổ đã chốt, hoặc mở chốt ${onSurface(c.surface, "(thidua unseal)", "ở mục Niêm phong")} rồi chốt lại.`
      : p.reason === "rubric"
      ? `bảng tiêu chí đã khác so với lúc chốt kết quả (${p.by}, ${when(p.at)}). Dùng lại bản sổ đã chốt.`
      : `ô ${p.cell} của trang "${p.sheet}" đã bị sửa sau khi chốt kết quả (${p.by}, ${when(p.at)}): lúc chốt là ${p.before === null ? "(trống)" : n(p.before)}, nay là ${p.after === null ? "(trống)" : n(p.after)}. Trả lại giá trị lúc chốt, hoặc mở chốt ${onSurface(c.surface, "(thidua unseal)", "ở mục Niêm phong")} có ghi lý do rồi chốt lại.`,
  ERR_SEAL_REMOVED: (p, _f, c) =>
    `sổ đã được chốt kết quả${p.by ? ` (${p.by}, ${when(p.at)})` : ""} nhưng phần ghi chốt đã bị xóa, nên không còn đối chiếu được điểm lúc chốt. Dùng lại bản sổ đã chốt, hoặc mở chốt ${onSurface(c.surface, "(thidua unseal)", "ở mục Niêm phong")} có ghi lý do rồi chốt lại.`,
  ERR_FILE_FORMAT: (p) =>
    p.reason === "empty"
      ? `tệp ${p.file} rỗng (0 byte): việc sao chép hoặc tải về có thể đã bị gián đoạn. Lấy lại bản đầy đủ của sổ rồi kiểm tra lại.`
      : p.reason === "encrypted"
      ? `tệp ${p.file} được đặt mật khẩu nên không đọc được. Mở tệp bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK) và lưu lại, sau đó kiểm tra lại.`
      : p.reason === "xls"
      ? `tệp ${p.file} là định dạng Excel 97-2003 (.xls) cũ, không phải .xlsx. Mở bằng Excel, chọn Lưu thành > Sổ làm việc Excel (.xlsx), rồi kiểm tra tệp .xlsx mới.`
      : p.reason === "ods"
      ? `tệp ${p.file} là bảng tính OpenDocument (.ods), không phải .xlsx. Mở bằng LibreOffice, chọn Lưu thành > Excel 2007-365 (.xlsx), rồi kiểm tra tệp .xlsx mới.`
      : `tệp ${p.file} không phải sổ Excel (.xlsx)${p.kind ? ` (đây là tệp ${p.kind})` : ""}. Chọn đúng tệp sổ chấm điểm .xlsx.`,
  ERR_FILE_DAMAGED: (p) =>
    p.reason === "crc"
      ? `tệp ${p.file ?? ""} bị hỏng: phần "${p.part}" không khớp mã kiểm tra (CRC), dữ liệu đã bị thay đổi hoặc hư khi sao chép. Lấy lại bản gốc của tệp (hoặc bản .bak) rồi chạy lại.`
      : p.reason === "xml"
      ? `tệp ${p.file ?? ""} bị hỏng: phần "${p.part}" không phải XML hợp lệ (thẻ không được đóng hoặc đóng sai). Mở tệp bằng Excel và lưu lại, hoặc dùng bản sao lưu (.bak).`
      : p.reason === "method"
      ? `tệp ${p.file ?? ""} nén phần "${p.part}" theo cách không được hỗ trợ. Mở tệp bằng Excel và lưu lại dạng .xlsx.`
      : `tệp ${p.file ?? ""} bị hỏng: cấu trúc nén (zip) không đọc được${p.part ? ` ở phần "${p.part}"` : ""}, có thể tệp chỉ được tải về hoặc sao chép một phần. Lấy lại bản đầy đủ của tệp.`,
  ERR_FILE_LIMIT: (p) =>
    p.limit === "inflated"
      ? `tệp ${p.file ?? ""} khi giải nén lớn hơn ${n(Math.round(Number(p.max) / 1048576))} MB (khai báo ${n(Math.round(Number(p.value) / 1048576))} MB), quá lớn cho một sổ chấm điểm (có thể là "bom nén"). Không đọc tệp này; kiểm tra nguồn gửi tệp.`
      : p.limit === "entries"
      ? `tệp ${p.file ?? ""} chứa ${n(p.value)} phần nén, vượt giới hạn ${n(p.max)}: không phải một sổ chấm điểm bình thường. Kiểm tra nguồn gửi tệp.`
      : p.limit === "cells"
      ? `tệp ${p.file ?? ""} có hơn ${n(p.max)} ô chứa dữ liệu, vượt giới hạn đọc được. Xóa các trang hoặc vùng dữ liệu thừa rồi lưu lại.`
      : `trang "${p.where}" của tệp ${p.file ?? ""} có dữ liệu ở ô ${p.cell}, quá xa: vùng từ A1 tới đó vượt giới hạn ${n(p.max)} ô. Trong Excel bấm Ctrl+End để tìm ô đó, xóa các dòng, cột thừa rồi lưu lại.`,
  ERR_FILE_ENCODING: (p) =>
    `tệp ${p.file} không phải văn bản UTF-8 (byte lạ ở dòng ${n(p.line)}), có thể được lưu bằng bảng mã Windows-1258 hoặc Latin-1 nên chữ tiếng Việt sẽ bị sai. Lưu lại tệp với mã hóa UTF-8 (Excel: Lưu thành > "CSV UTF-8") rồi chạy lại.`,
  ERR_CELL_TOO_LONG: (p) =>
    `ô ${p.cell} của trang "${p.sheet}" sẽ chứa ${n(p.length)} ký tự, quá giới hạn ${n(p.max)} ký tự một ô của Excel; chưa ghi gì vào sổ. Rút ngắn nội dung (ghi chú, tên) rồi chạy lại.`,
  ERR_RUBRIC_CHANGED: (p, _f, c) =>
    p.origin === "sheet"
      ? `${rubricChangeSubject(p, "vi")} trên sổ là ${sh(p.after)}, khác bảng điểm đã lưu khi tạo sổ (${sh(p.before)}). Bảng điểm không được sửa sau khi giao ước: nhập lại ${sh(p.before)} vào ô này.`
      : p.origin === "agreed"
      ? isWholeEntry(p)
        ? `${rubricChangeSubject(p, "vi")} so với bảng điểm đã đăng ký (${p.file}). Tạo lại sổ từ bảng điểm đã đăng ký (${generate(c)}) rồi nhập lại điểm, hoặc hỏi Ban Thi đua - Khen thưởng nếu bảng điểm đã được điều chỉnh chính thức.`
        : `${rubricChangeSubject(p, "vi")} trong sổ là ${sh(p.after)}, bảng điểm đã đăng ký (${p.file}) là ${sh(p.before)}. Tạo lại sổ từ bảng điểm đã đăng ký (${generate(c)}) rồi nhập lại điểm, hoặc hỏi Ban Thi đua - Khen thưởng nếu bảng điểm đã được điều chỉnh chính thức.`
      : p.field
      ? `bảng điểm lưu ẩn trong sổ đã bị sửa sau khi tạo sổ (không khớp mã kiểm tra): ${rubricChangeSubject(p, "vi")}${isWholeEntry(p) ? "" : ` từ ${sh(p.before)} thành ${sh(p.after)}`}. Dùng lại bản sổ gốc, hoặc tạo lại sổ ${generate(c)} từ bảng điểm đã thống nhất.`
      : `bảng điểm lưu ẩn trong sổ đã bị sửa sau khi tạo sổ (không khớp mã kiểm tra lưu lúc tạo). Dùng lại bản sổ gốc, hoặc tạo lại sổ ${generate(c)} từ bảng điểm đã thống nhất.`,
  ERR_FORMULA_CHANGED: (p) =>
    p.kind === "value"
      ? `ô này phải tự tính bằng công thức nhưng đã bị gõ đè giá trị ${sh(p.found)}. Nhập lại công thức ${p.expected} vào ô này.`
      : p.kind === "empty"
      ? `công thức của ô này đã bị xóa. Nhập lại công thức ${p.expected} vào ô này.`
      : `công thức của ô này đã bị sửa thành ${p.found}. Nhập lại công thức đúng: ${p.expected}.`,
  ERR_FORMULA_MISMATCH: (p) =>
    `ô đang hiện ${sh(p.found)} nhưng tính lại từ điểm đã nhập phải là ${sh(p.expected)}: kết quả lưu trong tệp đã cũ (tệp được lưu khi chưa tính lại, hoặc điểm bị sửa bằng công cụ khác). Mở sổ, tính lại toàn bộ (Excel: Ctrl+Alt+F9; LibreOffice: Ctrl+Shift+F9) rồi lưu và kiểm tra lại.`,
  ERR_ABOVE_MAX: (p) => `điểm ${n(p.value)} vượt điểm chuẩn ${n(p.max)}. Nhập điểm từ 0 đến ${n(p.max)}.`,
  ERR_NEGATIVE: (p) =>
    p.what === "actual" ? `kết quả thực hiện ${n(p.value)} là số âm. Nhập kết quả từ 0 trở lên.` : `điểm ${n(p.value)} là số âm. Điểm tiêu chí từ 0 trở lên; điểm trừ nhập ở các mục điểm trừ.`,
  ERR_STEP: (p) => `điểm ${n(p.value)} không phải bội số của bước ${n(p.step)}. Nhập ${n(p.below)} hoặc ${n(p.above)}.`,
  ERR_NOT_NUMBER: (p) => `"${p.value}" không phải là số. Nhập một số.`,
  ERR_TEXT_NUMBER: (p, _f, c) => `"${p.value}" là số ghi dạng văn bản. Nhập lại thành số ${n(p.fix)}${onSurface(c.surface, "", ", hoặc bấm nút Sửa thành… bên dưới")}.`,
  ERR_COUNT: (p) => `số lần ${n(p.value)} không hợp lệ: phải là số nguyên từ 0 trở lên.`,
  ERR_MISSING: (p) =>
    p.what === "target"
      ? `chưa có chỉ tiêu giao cho tiêu chí chấm theo kết quả: chưa tính được điểm, đơn vị chưa được xếp hạng. Nhập chỉ tiêu được giao (một số lớn hơn 0).`
      : `chưa có điểm ${p.stage === "final" ? "ở giai đoạn nào" : `ở giai đoạn ${stageName(String(p.stage), "vi")}`}. Nhập điểm cho tiêu chí này.`,
  ERR_NA_NOT_ALLOWED: (p) =>
    p.kind === "target"
      ? `chỉ tiêu giao không được ghi "không áp dụng" (${p.value}). Nhập chỉ tiêu (một số lớn hơn 0); muốn không áp dụng tiêu chí thì ghi KAD ở ô kết quả thực hiện.`
      : p.kind === "criterion"
      ? `tiêu chí này không được đánh dấu "không áp dụng" (${p.value}): bảng tiêu chí không cho phép (thiếu "notApplicable"). Nhập điểm từ 0 đến ${n(p.max)}.`
      : `mục điểm thưởng/điểm trừ không được đánh dấu "không áp dụng" (${p.value}). Nhập số lần (0 nếu không có).`,
  ERR_NOTHING_APPLICABLE: (p) =>
    `mọi tiêu chí đều "không áp dụng" (${l(p.items)}) ở giai đoạn ${stageName(String(p.stage), "vi")}: không có gì để quy đổi tổng điểm, đơn vị không được xếp hạng. Nhập điểm cho ít nhất một tiêu chí.`,
  ERR_TARGET: (p) => `chỉ tiêu giao ${n(p.value)} không hợp lệ: chỉ tiêu phải lớn hơn 0 thì mới tính được tỷ lệ hoàn thành. Nhập chỉ tiêu được giao.`,
  ERR_DECIMALS: (p) =>
    `${p.what === "target" ? "chỉ tiêu giao" : "kết quả thực hiện"} ${n(p.value)} có quá nhiều chữ số thập phân hoặc quá lớn (tối đa ${p.limit} chữ số thập phân, dưới 9 tỷ). Làm tròn hoặc đổi sang đơn vị lớn hơn (ví dụ tỷ đồng).`,
  ERR_REASON_MISSING: (p, f) => `${changed(p)} nhưng chưa ghi lý do. Bảng tiêu chí yêu cầu ghi lý do mỗi khi điều chỉnh: ${reasonWhere(f)}.`,
  ERR_TABLE_HEADER: (p) =>
    `không tìm thấy bảng tiêu chí trong ${p.file ? `tệp ${p.file}` : "sổ"}${p.sheet ? ` (trang "${p.sheet}")` : ""}: cần một dòng tiêu đề có các cột "TT" (hoặc "Mã", "STT"), "Nội dung" (hoặc "Tiêu chí") và "Điểm chuẩn" (hoặc "Điểm tối đa"). Thêm dòng tiêu đề đó phía trên bảng, hoặc đặt bảng ở trang đầu tiên hay trang tên "Bảng tiêu chí".`,
  ERR_TABLE_NO_ROWS: () => `bảng tiêu chí có dòng tiêu đề nhưng không có dòng tiêu chí nào bên dưới. Điền các tiêu chí (TT, nội dung, điểm chuẩn) dưới dòng tiêu đề.`,
  ERR_TABLE_CODE: (p) =>
    p.value === ""
      ? `dòng này có điểm nhưng thiếu số thứ tự (TT), nên không biết nó thuộc mục nào. Ghi số thứ tự (I, 1, 1.1, a…) vào ô này.`
      : `số thứ tự "${p.value}" không khớp cách đánh số${p.parent ? ` dưới mục "${p.parent}"` : ""}: phần là I, II…; dưới đó 1, 2…; rồi 1.1, 1.2… (cùng số của mục trên); rồi a, b… Sửa lại số thứ tự cho đúng cấp.`,
  ERR_TABLE_DUPLICATE_CODE: (p) => `mã "${p.value}" đã dùng ở ô ${p.first}. Mỗi dòng cần một mã riêng trong cùng mục: đổi một trong hai.`,
  ERR_TABLE_NOT_NUMBER: (p) => `${p.column === "weight" ? "hệ số" : "điểm chuẩn"} "${p.value}" không phải là số. Ghi một số, ví dụ 2,5 hoặc 10.`,
  ERR_TABLE_NOT_POSITIVE: (p) => `${p.column === "weight" ? "hệ số" : "điểm chuẩn"} ${n(p.value)} phải lớn hơn 0. Sửa thành số dương${p.column === "weight" ? " (để trống nghĩa là hệ số 1)" : ""}.`,
  ERR_TABLE_MISSING_MAX: (p) => `tiêu chí "${p.value}" chưa có điểm chuẩn (không có dòng con nào để cộng). Ghi điểm chuẩn vào ô này.`,
  ERR_TABLE_EMPTY_NAME: (p) => `dòng "${p.value}" chưa có nội dung tiêu chí. Ghi nội dung vào ô này hoặc xóa dòng.`,
  ERR_TABLE_NA_POLICY: (p) => `cột "Không áp dụng" ghi "${p.value}": chỉ dùng "đủ điểm" (tính đủ điểm chuẩn) hoặc "quy đổi" (bỏ ra và quy đổi về thang điểm), hoặc để trống.`,
  ERR_TABLE_GROUP_FIELD: (p) =>
    `dòng này là nhóm (có các dòng con) nên không mang ${p.column === "weight" ? "hệ số" : p.column === "notApplicable" ? "cách tính khi không áp dụng" : p.column === "guidance" ? "hướng dẫn chấm" : "cách chấm"} ("${p.value}"). Ghi vào từng tiêu chí con và xóa ô này.`,
  ERR_TABLE_OUTSIDE_SECTION: (p) => `dòng "${p.value}" là tiêu chí đứng ngoài mọi phần. Đặt một dòng phần (I, II…) phía trên nó.`,
  ERR_TABLE_METHOD: (p) =>
    `cột "Cách chấm" ghi "${p.value}": ${
      { shape: `phần đầu "${p.clause}" không phải "tỷ lệ" hay "bậc: …"`, clause: `không đọc được "${p.clause}"`, mixed: `"${p.clause}" không dùng được với cách chấm này`, repeated: `"${p.clause}" ghi hai lần` }[String(p.problem)] ?? `không đọc được "${p.clause}"`
    }. Viết theo mẫu: "tỷ lệ", "tỷ lệ; vượt 1% +0,1 tối đa 1", "bậc: ≥95% 5; ≥90% 4; ≥80% 3", thêm "; càng thấp càng tốt" nếu chỉ tiêu càng thấp càng tốt; để trống nếu tiêu chí chấm điểm trực tiếp.`,
  ERR_TABLE_SETTING: (p) =>
    `"${p.label}": ${p.value === "" ? "chưa có giá trị" : `giá trị "${p.value}" không đọc được`}; cần ${
      { text: "một dòng chữ", number: "một số không âm (vd 0,25)", whole: "một số nguyên", yesNo: "Có hoặc Không", stages: "các giai đoạn cách nhau bởi dấu phẩy (tự chấm, khối chấm, thẩm định)", tieBreak: '"Điểm phần <mã>", "Ít điểm trừ hơn" hoặc "Nhiều điểm thưởng hơn"', ratio: "một tỷ lệ từ 0 đến 1 (vd 0,85 hoặc 85%)" }[String(p.expected)] ?? String(p.expected)
    }. Sửa ô này trên trang "Quy định chấm".`,
  WARN_SECTION_CAP: (p, _f, c) => `Phần ${named(p.section, c)}: tổng điểm chuẩn các tiêu chí ${n(p.sum)} > ${n(p.max)}; điểm của phần sẽ bị giới hạn ở ${n(p.max)}.`,
  WARN_CAPPED: (p) =>
    p.count !== undefined
      ? `${p.count} lần = ${n(p.points)} điểm, vượt mức tối đa ${n(p.cap)} của mục; chỉ tính ${n(p.cap)}.`
      : `tổng ${p.group === "bonus" ? "điểm thưởng" : "điểm trừ"} ${n(p.points)} vượt mức tối đa ${n(p.cap)}; chỉ tính ${n(p.cap)}.`,
  WARN_TIE_UNRESOLVED: (p, _f, c) =>
    `${l(p.units)} bằng điểm (${n(p.total)}) và cùng hạng ${p.rank} sau mọi tiêu chí phân định. Khối cần biểu quyết thứ tự, ${onSurface(c.surface, `rồi ghi vào cột "Biểu quyết" của trang Tổng hợp hoặc dùng --vote với thứ tự đã biểu quyết`, "rồi sắp xếp và ghi ở mục Xếp hạng (phần Bằng điểm cần biểu quyết)")}.`,
  WARN_AWARD_REQUIREMENT: (p) =>
    `ở vị trí ${p.position} nhưng chưa đạt điều kiện (${l(p.missed)}; xếp loại: ${p.classification ?? "không có"}, tổng điểm ${n(p.total)})${p.got ? `; được đề nghị ${p.got}` : "; không được đề nghị khen thưởng"}.`,
  WARN_AWARD_EMPTY: (p) => `hình thức khen thưởng "${p.label}" còn trống ${p.free}/${p.places} suất${p.stopped ? " vì việc xét khen thưởng dừng lại ở một trường hợp bằng điểm" : " vì không đơn vị nào đạt điều kiện"}.`,
  WARN_AWARD_STOPPED: (p) => `xét khen thưởng dừng ở vị trí ${p.position}: ${l(p.units)} còn bằng điểm. Ghi kết quả biểu quyết của Khối rồi xếp hạng lại.`,
  WARN_AWARD_FULL: (p) => `ở vị trí ${p.position} nhưng các hình thức khen thưởng xét tới vị trí này (${l(p.awards)}) đã hết suất: không được đề nghị khen thưởng.`,
  WARN_AWARD_VETOED: (p) => `xếp hạng ${p.rank} nhưng có kỷ luật (mục điểm trừ loại trừ khen thưởng): không được đề nghị khen thưởng.`,
  WARN_INCOMPLETE: (p) => `chưa đủ điểm ở ${stageName(String(p.stage), "vi")}: chỉ có tổng tạm tính, chưa xếp hạng.`,
  WARN_VOTE_REJECTED: (p) =>
    p.reason === "notTied"
      ? `biểu quyết ${l(p.vote)} không ứng với nhóm bằng điểm nào; không áp dụng.`
      : `biểu quyết ${l(p.vote)} phải nêu đủ mọi đơn vị bằng điểm (${l(p.group)}); không áp dụng, các đơn vị vẫn đồng hạng.`,
  WARN_REASON_MISSING: (p, f) => `${changed(p)} nhưng chưa ghi lý do. Nên ${reasonWhere(f)} để đưa vào biên bản.`,
  WARN_RANKING_PENDING: (p) =>
    `các lưu ý về đồng hạng và đề nghị khen thưởng ở ${stageName(String(p.stage), "vi")} chưa được nêu: chúng chỉ đúng khi mọi đơn vị đủ điểm và hết lỗi. Sửa các lỗi, nhập đủ điểm rồi kiểm tra lại để xem.`,
  WARN_SELF_GAP: (p) => `tự chấm ${n(p.self)} điểm, cao hơn khối chấm ${n(p.bloc)} điểm là ${n(p.gap)} điểm (ngưỡng ${n(p.threshold)}). Khối xem xét trừ điểm tự chấm thiếu trung thực.`,
  WARN_TABLE_GROUP_SUM: (p) => `mục "${p.value}" không ghi điểm chuẩn: lấy tổng các dòng con, ${n(p.max)} điểm. Ghi điểm vào ô này nếu mục có mức trần khác.`,
  WARN_TABLE_ENCODING: (p) => `${p.cells} ô được gõ bằng bảng mã cũ ${p.encoding === "tcvn3" ? "TCVN3 (ABC, phông .VnTime)" : "VNI (phông VNI-Times)"} và đã được chuyển sang Unicode. Kiểm tra lại tên các tiêu chí.`,
  WARN_TABLE_DEFAULTS: (p, _f, c) => `không có trang "Quy định chấm": dùng bước điểm ${n(p.step)}, ${p.decimals} chữ số thập phân, năm ${p.year}, ba giai đoạn chấm, không có điểm thưởng, điểm trừ, xếp loại hay khen thưởng. ${onSurface(c.surface, "Xuất bảng (thidua rubric export) để có trang này và sửa.", "Thêm trang này (nút Soạn bảng tiêu chí) rồi sửa.")}`,
  WARN_TABLE_FROM_WORKBOOK: (p) => `đây là sổ chấm điểm do Thi đua tạo, không phải bảng tiêu chí: đã lấy bộ tiêu chí đã thống nhất lưu trong sổ ("${p.title}", năm ${p.year}), không đọc các trang của sổ như một bảng.`,
};

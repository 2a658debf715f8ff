// The task pane's words. Vietnamese is the source table and part of the pane's first load; English (ui.en.ts) is
// typed as Record<UiKey, string>, so an English table that misses a key does not compile, and is a chunk fetched
// when English is chosen. The `legacy.*` strings are copied into src/taskpane/legacy/detect.js
// (an ES5 script that can import nothing); a test keeps that copy equal to these tables.
import { formatNumber } from "./format";
import type { Lang } from "./types";
import { roundTripVi } from "./uiRoundTrip";

export const vi = {
  ...roundTripVi,
  "app.title": "Thi đua",
  "app.tabs": "Công việc",
  "tab.generate": "Tạo mẫu",
  "tab.validate": "Kiểm tra",
  "tab.rank": "Xếp hạng",
  "lang.switch": "English",
  "lang.switchLabel": "Chuyển giao diện sang tiếng Anh",
  "lang.loadFailed": "Không tải được phần chữ tiếng Anh của khung Thi đua ({detail}). Kiểm tra kết nối tới máy chủ đặt khung, rồi bấm English lần nữa.",
  "mode.excel": "Đang làm việc trên sổ tính mở trong Excel.",
  "mode.file": "Đang chạy ngoài Excel: làm việc trên tệp .xlsx trong máy của bạn, không gửi đi đâu.",
  "view.generate.title": "Tạo mẫu chấm điểm",
  "view.generate.intro": "Tạo sổ tính chấm điểm của khối từ bộ tiêu chí đã thống nhất và danh sách đơn vị.",
  "view.validate.title": "Kiểm tra trước khi nộp",
  "view.validate.intro": "Kiểm tra điểm đã nhập: vượt điểm chuẩn, sai bước điểm, ô còn trống, số ghi dạng văn bản.",
  "view.rank.title": "Xếp hạng",
  "view.rank.intro": "Xem tổng điểm, thứ hạng Nhất, Nhì, Ba, xếp loại và đề xuất khen thưởng của từng đơn vị.",
  "problem.title": "Chưa làm được",
  "app.engineFailed": "Không tải được phần tính toán của khung Thi đua ({detail}). Kiểm tra kết nối tới máy chủ đặt khung, rồi thử lại.",
  "source.region": "Tệp đang làm việc",
  "source.open": "Mở tệp .xlsx…",
  "source.openLabel": "Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở",
  "source.download": "Tải sổ xuống",
  "source.close": "Đóng tệp",
  "source.current": "Tệp đang mở: {file}",
  "source.unsaved": "(có thay đổi chưa tải xuống)",
  "source.none": "Chưa mở tệp nào. Mở sổ chấm điểm .xlsx của khối, hoặc tạo sổ mới ở mục Tạo mẫu.",
  "source.discard": "Tệp {file} có thay đổi chưa tải xuống. Tải xuống trước, nếu không các thay đổi sẽ mất.",
  "source.discardClose": "Đóng, bỏ thay đổi",
  "source.discardOpen": "Mở tệp khác, bỏ thay đổi",
  "source.opening": "Đang mở tệp…",
  "source.saving": "Đang chuẩn bị tệp để tải xuống…",
  "source.openFailed":
    "Không mở được tệp {file} ({detail}). Hãy chọn đúng tệp .xlsx; nếu tệp có mật khẩu hoặc là .xls, mở bằng Excel và lưu lại dạng .xlsx không mật khẩu.",
  "source.notXlsx": "Tệp {file} không phải sổ .xlsx:",
  "source.excelFailed":
    "Excel này không cho khung Thi đua làm việc trên sổ tính ({detail}). Hãy cập nhật Excel, hoặc mở khung bằng trình duyệt để làm việc trên tệp .xlsx.",
  "source.saveFailed": "Không tạo được tệp để tải xuống ({detail}). Hãy bấm Tải sổ xuống lần nữa; nếu vẫn lỗi, mở lại tệp rồi làm lại.",
  "generate.step.rubric": "1. Bộ tiêu chí",
  "generate.step.bloc": "2. Khối và các đơn vị",
  "generate.step.preview": "3. Xem trước và tạo sổ",
  "generate.useSample": "Dùng mẫu có sẵn",
  "generate.chooseRubric": "Chọn tệp tiêu chí (.json)…",
  "generate.chooseRubricLabel": "Chọn tệp bộ tiêu chí (.json) trong máy",
  "generate.fromWorkbook": "Lấy từ sổ tính đang mở",
  "generate.fromFile": "Lấy từ tệp đang mở",
  "generate.rubricChosen": "Đang dùng: {title} ({file}).",
  "generate.rubricFile": "Tệp đã chọn: {file}.",
  "table.region": "Bảng tiêu chí của khối",
  "table.intro": "Khối đã có bảng tiêu chí soạn trong Word hoặc Excel? Dán vào một trang của sổ (hoặc dùng hai trang soạn sẵn) rồi bấm Đọc bảng tiêu chí.",
  "table.author": "Soạn bảng tiêu chí",
  "table.read": "Đọc bảng tiêu chí",
  "table.authoring": "Đang thêm hai trang soạn bảng…",
  "table.reading": "Đang đọc bảng tiêu chí…",
  "table.authored": "Đã thêm hai trang \"Bảng tiêu chí\" và \"Quy định chấm\" với các dòng của mẫu: sửa trực tiếp rồi bấm Đọc bảng tiêu chí.",
  "table.authoredFile": "Đã tạo tệp {file} có hai trang \"Bảng tiêu chí\" và \"Quy định chấm\" với các dòng của mẫu. Tải về để sửa trong Excel, hoặc bấm Đọc bảng tiêu chí ngay.",
  "table.exists": "Sổ đã có trang \"{sheet}\": không ghi đè. Bấm Đọc bảng tiêu chí để đọc trang đó, hoặc đổi tên trang rồi soạn lại.",
  "table.tree": "Cây tiêu chí đã hiểu ({sections} phần, {criteria} tiêu chí)",
  "table.treeLabel": "Cây tiêu chí đọc từ bảng",
  "table.capBinds": "trần ràng buộc",
  "table.problems": "Những ô cần sửa trong bảng",
  "table.notes": "Lưu ý về bảng",
  "table.cannot": "Bảng có lỗi nên chưa dùng để tạo sổ: sửa các ô dưới đây rồi đọc lại.",
  "table.notTable": "Không tìm thấy bảng tiêu chí trong sổ:",
  "table.used": "Bảng tiêu chí đã được chọn làm bộ tiêu chí ở bước 1.",
  "table.file": "bảng tiêu chí",
  "table.failed": "Không làm được với bảng tiêu chí ({detail}). Hãy thử lại.",
  "generate.loadProblems": "Vấn đề khi đọc bộ tiêu chí",
  "generate.gaps": "Thông tin còn thiếu",
  "generate.gap.name": "Nhập tên khối thi đua.",
  "generate.gap.year": "Nhập năm (bốn chữ số, ví dụ 2025).",
  "generate.gap.units": "Nhập ít nhất một đơn vị.",
  "generate.sampleFile": "mẫu có sẵn",
  "generate.workbookFile": "sổ tính",
  "generate.unitsFile": "danh sách đơn vị",
  "generate.blocName": "Tên khối thi đua",
  "generate.year": "Năm",
  "generate.units": "Các đơn vị",
  "generate.fromSelection": "Lấy từ vùng đang chọn",
  "generate.selectionEmpty": "Vùng đang chọn không có ô nào có chữ. Chọn cột mã và tên đơn vị rồi bấm lại.",
  "generate.selectionFailed": "Không đọc được vùng đang chọn. Thoát khỏi ô đang sửa (Enter hoặc Esc) rồi bấm lại.",
  "generate.unitsHint": "Mỗi dòng một đơn vị: mã, phím Tab, tên (dán hai cột từ Excel), hoặc chỉ tên (mã tự đặt U01, U02…). Đang có {count} đơn vị.",
  "generate.head": "Trưởng khối",
  "generate.deputy": "Phó Trưởng khối",
  "generate.roleNone": "(chưa chọn)",
  "generate.stages": "Các giai đoạn chấm",
  "generate.noStage": "Hãy chọn ít nhất một giai đoạn chấm.",
  "generate.cannot": "Chưa tạo được sổ: sửa các điểm dưới đây.",
  "generate.problems": "Những điểm cần sửa",
  "generate.notes": "Lưu ý",
  "generate.summary":
    "Sổ sẽ có {sheets} trang: Tổng hợp, bảng tiêu chí và {units} trang đơn vị; {sections} phần, {criteria} tiêu chí, {bonus} mục điểm thưởng, {deductions} mục điểm trừ, {stages} giai đoạn chấm.",
  "generate.sheetList": "Các trang của sổ",
  "generate.kind.summary": "tổng hợp",
  "generate.kind.rubric": "tiêu chí",
  "generate.kind.unit": "đơn vị",
  "generate.run": "Tạo sổ chấm điểm",
  "generate.targetExcel": "Các trang sẽ được thêm vào sổ tính đang mở trong Excel.",
  "generate.targetFile": "Sẽ ghi vào tệp đang mở: {file}.",
  "generate.targetNew": "Sẽ tạo một tệp .xlsx mới; sau đó bấm Tải sổ xuống để lưu về máy.",
  "generate.limits.title": "Sổ tạo trong Excel này (ExcelApi {level}) sẽ thiếu:",
  "generate.limits.list": "Những gì sổ sẽ thiếu",
  "generate.limit.protection": "khóa trang (ô công thức có thể bị sửa), trang dữ liệu ẩn vẫn hiện, độ rộng cột mặc định",
  "generate.limit.names": "tên vùng (named ranges)",
  "generate.limit.conditionalFormats": "tô màu cảnh báo theo điều kiện",
  "generate.limit.freeze": "cố định dòng và cột tiêu đề",
  "generate.limit.dataValidation": "kiểm tra nhập liệu của Excel (phần Kiểm tra của add-in vẫn chạy đủ)",
  "generate.limit.pageLayout": "thiết lập trang in và dòng tiêu đề khi in",
  "generate.limits.todo":
    "Việc tạo sổ vẫn làm được. Muốn có sổ đầy đủ, hãy dùng Excel mới hơn (Excel 2021 hoặc Microsoft 365), hoặc tạo sổ bằng trang chạy ngoài Excel (mở add-in trong trình duyệt) hay bằng lệnh thidua generate.",
  "generate.loading": "Đang đọc bộ tiêu chí…",
  "generate.checking": "Đang xem sổ tính hiện có…",
  "generate.writing": "Đang tạo sổ chấm điểm…",
  "generate.restoring": "Đang khôi phục bản sao lưu…",
  "generate.readFailed": "Không đọc được {file} ({detail}). Hãy chọn lại tệp, hoặc dùng mẫu có sẵn.",
  "generate.failed":
    "Tạo sổ bị gián đoạn ({detail}). Sổ tính chưa thay đổi hoặc có bản sao lưu: hãy thử lại; nếu vẫn lỗi, lưu sổ, đóng và mở lại Excel.",
  "generate.done": "Đã tạo sổ chấm điểm.",
  "generate.kept": "Giữ lại {count} ô đã nhập.",
  "generate.doneExcel": "Các đơn vị có thể bắt đầu nhập điểm vào trang của mình.",
  "generate.doneFile": "Tệp {file} đã sẵn sàng: bấm Tải sổ xuống để lưu về máy rồi gửi cho các đơn vị.",
  "generate.restore": "Khôi phục bản trước",
  "generate.restored": "Đã khôi phục {count} trang từ bản sao lưu.",
  "generate.backupReason": "Tạo lại sổ từ khung Thi đua",
  "regen.title": "Sổ này đã có dữ liệu của khối",
  "regen.keep": "Tạo lại sẽ giữ {count} ô đã nhập (điểm, số lần, ghi chú, biểu quyết) ở đúng đơn vị và tiêu chí.",
  "regen.lost": "{count} giá trị không còn chỗ trong sổ mới và sẽ bị bỏ:",
  "regen.lostList": "Các giá trị sẽ bị bỏ",
  "regen.lostItem": "đơn vị {unit}, mục {item}, {stage}: {value} {cell}",
  "regen.removed": "Các trang sẽ bị xóa (đơn vị không còn trong khối): {sheets}.",
  "regen.replaced": "Các trang khác trùng tên sẽ bị thay: {sheets}.",
  "regen.retiredCopies": "Bản đã tách gửi cho đơn vị {units} sẽ không nhập lại được. Các đơn vị còn lại giữ mã riêng: bản đã gửi vẫn nhập được.",
  "regen.backup": "Trước khi ghi, một bản sao lưu ẩn được lưu trong sổ; có thể khôi phục bằng một lần bấm.",
  "regen.confirm": "Tạo lại sổ",
  "regen.cancel": "Hủy",
  "validate.stage": "Kiểm tra điểm của giai đoạn",
  "validate.run": "Kiểm tra",
  "validate.agreed": "So với bộ tiêu chí đã đăng ký (.json)…",
  "validate.agreedLabel": "Chọn tệp bộ tiêu chí đã đăng ký (.json) để so với sổ",
  "validate.agreedChosen": "So với: {file}",
  "validate.agreedClear": "Bỏ so sánh",
  "validate.live": "Tự kiểm tra lại khi có người nhập",
  "validate.liveOn": "Đang theo dõi: mỗi lần ngừng gõ, sổ được kiểm tra lại.",
  "validate.working": "Đang kiểm tra sổ…",
  "validate.fixing": "Đang sửa ô…",
  "validate.failed": "Kiểm tra bị gián đoạn ({detail}). Hãy bấm Kiểm tra lần nữa; nếu vẫn lỗi, lưu sổ, đóng và mở lại.",
  "validate.liveFailed": "Không theo dõi được các thay đổi ({detail}). Hãy bấm Kiểm tra sau mỗi lần nhập.",
  "validate.liveUnavailable": "Phiên bản Excel này chưa báo được khi có người nhập (cần Excel 2019, Excel 2021 hoặc Microsoft 365). Hãy bấm Kiểm tra sau mỗi lần nhập.",
  "validate.fixFailed": "Không sửa được ô ({detail}). Kiểm tra không có ô nào đang được sửa trong Excel, rồi bấm sửa lại.",
  "validate.hiddenCell": "Ô {cell} nằm trên trang ẩn \"{sheet}\", nên không chọn được. Hiện trang đó (chuột phải vào tên trang, Bỏ ẩn) rồi bấm lại.",
  "validate.selectFailed": "Không chọn được ô ({detail}). Hãy tìm ô theo địa chỉ ghi bên cạnh.",
  "validate.ready": "Sẵn sàng nộp",
  "validate.readyClean": "Không có lỗi nào. Sổ có thể gửi cho Trưởng khối.",
  "validate.readyNotes": "Không có lỗi nào; có {count} lưu ý nên xem trước khi gửi.",
  "validate.notReady": "Chưa sẵn sàng nộp",
  "validate.notReadyWhat": "Còn {errors} lỗi cần sửa và {warnings} lưu ý. Bấm vào địa chỉ ô để đến chỗ cần sửa.",
  "validate.notReadyWhatFile":
    "Còn {errors} lỗi cần sửa và {warnings} lưu ý. Sửa các ô được nêu (trang và ô ghi dưới mỗi lỗi) trong Excel rồi mở lại tệp; số ghi dạng văn bản thì sửa nhanh được ngay tại đây.",
  "validate.cannot": "Không kiểm tra được sổ này",
  "validate.cannotWhat": "Đây không phải sổ chấm điểm Thi đua đọc được. Xem chi tiết dưới đây; mở đúng sổ được tạo ở mục Tạo mẫu.",
  "validate.fixAll": "Sửa nhanh {count} ô số ghi dạng văn bản",
  "validate.general": "Toàn sổ",
  "validate.errors": "{count} lỗi",
  "validate.warnings": "{count} lưu ý",
  "validate.errorsOf": "Lỗi của {unit}",
  "validate.warningsOf": "Lưu ý của {unit}",
  "validate.error": "Lỗi",
  "validate.warning": "Lưu ý",
  "validate.item": "mục {item}",
  "validate.selectCell": "Chọn ô {cell} trên trang {sheet}",
  "validate.fix": "Sửa thành {value}",
  "validate.checkedAt": "Kiểm tra lúc {time}.",
  "job.needFile": "Chưa có sổ để làm việc: mở sổ chấm điểm .xlsx của khối ở phía trên, hoặc tạo sổ ở mục Tạo mẫu.",
  "rank.stage": "Giai đoạn",
  "rank.again": "Xếp hạng lại",
  "rank.working": "Đang tính điểm và xếp hạng…",
  "rank.recording": "Đang ghi kết quả biểu quyết…",
  "rank.failed": "Không xếp hạng được ({detail}). Hãy bấm Xếp hạng lại; nếu vẫn lỗi, lưu sổ, đóng và mở lại.",
  "rank.voteFailed": "Không ghi được kết quả biểu quyết ({detail}). Kiểm tra sổ không bị khóa hoặc đang sửa một ô, rồi bấm ghi lại.",
  "rank.dataErrors": "Chưa xếp hạng được vì sổ còn lỗi ở các ô dưới đây. Sửa các ô đó (mục Kiểm tra giúp tìm và sửa nhanh) rồi xếp hạng lại.",
  "rank.notWorkbook": "Không đọc được sổ này như sổ chấm điểm Thi đua. Hãy mở đúng sổ được tạo ở mục Tạo mẫu.",
  "rank.caption": "Xếp hạng: {stage}",
  "rank.col.rank": "Hạng",
  "rank.col.unit": "Đơn vị",
  "rank.col.total": "Tổng điểm",
  "rank.col.place": "Giải",
  "rank.col.classification": "Xếp loại",
  "rank.col.award": "Đề nghị khen thưởng",
  "rank.col.bonus": "Điểm thưởng",
  "rank.col.deductions": "Điểm trừ",
  "rank.partial": "(tạm tính)",
  "rank.sections": "Điểm từng phần",
  "rank.sectionName": "Phần {id}. {name}",
  "rank.vetoed": "Không (có kỷ luật)",
  "rank.notes": "Giải thích",
  "rank.explanations": "Điểm được điều chỉnh và tiêu chí không áp dụng",
  "rank.missed.classification": "chưa đạt xếp loại yêu cầu",
  "rank.missed.minTotal": "chưa đạt tổng điểm tối thiểu",
  "rank.formulas":
    "Trang Tổng hợp trong sổ tự tính tổng điểm, thứ hạng và khen thưởng bằng công thức; khung này chỉ ghi vào cột Biểu quyết, không ghi đè công thức.",
  "vote.heading": "Bằng điểm cần biểu quyết",
  "vote.title": "Đồng hạng {rank} với {total} điểm",
  "vote.explain": "Các tiêu chí phân định vẫn chưa tách được các đơn vị này. Sắp xếp theo kết quả biểu quyết của Khối rồi bấm ghi.",
  "vote.order": "Thứ tự theo biểu quyết",
  "vote.up": "Đưa {unit} lên trên",
  "vote.down": "Đưa {unit} xuống dưới",
  "vote.upShort": "Lên",
  "vote.downShort": "Xuống",
  "vote.record": "Ghi kết quả biểu quyết",
  "vote.problems": "Biểu quyết chưa được ghi",
  "vote.recordedTitle": "Đã ghi kết quả biểu quyết",
  "vote.recorded": "Thứ tự theo biểu quyết: {order}. Bảng xếp hạng và đề nghị khen thưởng đã theo thứ tự này; phần Giải thích ghi lại điều đó.",
  "vote.change": "Đổi kết quả biểu quyết",
  "vote.changeLabel": "Đổi kết quả biểu quyết giữa {units}",
  "vote.changeTitle": "Đổi thứ tự biểu quyết ({total} điểm)",
  "vote.keep": "Giữ nguyên",
  "rank.byVote": "{units} bằng điểm ({total}) sau mọi tiêu chí phân định; thứ tự này theo kết quả biểu quyết của Khối.",
  "generate.opened": "Đã mở tệp {file}",
  "generate.openedNext": "Bước tiếp theo: kiểm tra sổ ở mục Kiểm tra, rồi xếp hạng. Muốn tạo lại sổ này, chọn bộ tiêu chí ở bước 1.",
  "generate.goValidate": "Đến mục Kiểm tra",
  "startup.officeFailed":
    "Không tải được thư viện Office của Microsoft. Hãy kiểm tra kết nối mạng, rồi đóng và mở lại khung Thi đua.",
  "legacy.title": "Phiên bản Excel này không chạy được khung Thi đua",
  "legacy.why": "Excel này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời cũ).",
  "legacy.useBrowser":
    "Mở địa chỉ dưới đây bằng trình duyệt mới (Edge, Chrome hoặc Firefox) để tạo mẫu, kiểm tra và xếp hạng trên tệp .xlsx:",
  "legacy.useFormulas":
    "Hoặc làm việc ngay trong sổ tính: điểm, thứ hạng và đề xuất khen thưởng vẫn tự tính bằng công thức có sẵn.",
  "targets.title": "Chỉ tiêu giao cho các đơn vị",
  "targets.criterion": "Tiêu chí chấm theo kết quả thực hiện chỉ tiêu",
  "targets.paste": "Dán cột chỉ tiêu ({count} dòng, mỗi dòng một đơn vị)",
  "targets.order": "Sao chép cột chỉ tiêu từ kế hoạch của tỉnh, theo đúng thứ tự đơn vị bên dưới. Dòng để trống giữ nguyên chỉ tiêu đang có.",
  "targets.orderList": "Thứ tự đơn vị",
  "targets.write": "Ghi chỉ tiêu vào sổ",
  "targets.working": "Đang ghi chỉ tiêu…",
  "targets.failed": "Không ghi được chỉ tiêu ({detail}). Thử lại; nếu vẫn lỗi, lưu sổ rồi mở lại.",
  "targets.written": "Đã ghi {count} chỉ tiêu vào sổ. Mục Kiểm tra đã kiểm tra lại sổ.",
  "targets.refused": "Chưa ghi chỉ tiêu nào, vì:",
} as const;

export type UiKey = keyof typeof vi;

/**
 * The tables at hand: Vietnamese always; English once its chunk (ui.en.ts) has arrived, which the pane fetches
 * before it switches (taskpane/lazy/loadUiText.ts), so it never words anything from a missing table.
 */
const uiText: Partial<Record<Lang, Readonly<Record<UiKey, string>>>> = { vi };

export function addUiText(lang: Lang, table: Readonly<Record<UiKey, string>>): void {
  uiText[lang] = table;
}

export function hasUiText(lang: Lang): boolean {
  return uiText[lang] !== undefined;
}

/** Values named in a text as `{name}`; numbers are written as the language writes them (92,5 in Vietnamese). */
export type TextParams = Readonly<Record<string, string | number>>;

export function t(lang: Lang, key: UiKey, params?: TextParams): string {
  // a table not yet fetched falls back to Vietnamese, never to the bare key
  const text = (uiText[lang] ?? vi)[key];
  return params ? fillText(text, params, lang) : text;
}

/**
 * `{name}` is replaced by the value; `{count|note|notes}` picks the singular when the value is 1, for languages
 * that inflect (Vietnamese never needs it).
 */
export function fillText(template: string, params: TextParams, lang: Lang): string {
  const inflected = template.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, many: string) => {
    const v = params[name];
    return v === undefined ? whole : v === 1 ? one : many;
  });
  return inflected.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v, lang) : v;
  });
}

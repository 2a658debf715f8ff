// The pane shell's Vietnamese words: the header, the tabs, the file bar, the seal banner, a view's loading and
// failure, the problems shown above the jobs. Only these are in the pane's first load; the views' words (ui.ts,
// uiRoundTrip.ts) come with the views, English (ui.en.ts) when it is chosen. test/taskpane/lazy/shellWords.test.ts
// checks that the shell's own code uses no other key.

export const shellVi = {
  "app.title": "Thi đua",
  "app.tabs": "Công việc",
  "lang.switch": "English",
  "lang.switchLabel": "Chuyển giao diện sang tiếng Anh",
  "lang.loadFailed": "Không tải được phần chữ tiếng Anh của khung Thi đua ({detail}). Kiểm tra kết nối tới máy chủ đặt khung, rồi bấm English lần nữa.",
  "mode.excel": "Đang làm việc trên sổ tính mở trong Excel.",
  "mode.file": "Đang chạy ngoài Excel: làm việc trên tệp .xlsx trong máy của bạn, không gửi đi đâu.",
  "startup.officeFailed":
    "Không tải được thư viện Office của Microsoft. Hãy kiểm tra kết nối mạng, rồi đóng và mở lại khung Thi đua.",
  "problem.title": "Chưa làm được",
  "tab.generate": "Tạo mẫu",
  "tab.validate": "Kiểm tra",
  "tab.rank": "Xếp hạng",
  "tab.copies": "Bản đơn vị",
  "tab.merge": "Nhận lại",
  "tab.seal": "Niêm phong",
  "tab.report": "Báo cáo",
  "tab.board": "Ban Thi đua",
  "view.loading": "Đang tải phần này của khung…",
  "view.loadFailed": "Không tải được phần này của khung Thi đua ({detail}). Kiểm tra kết nối tới máy chủ đặt khung, rồi bấm Thử lại.",
  "view.retry": "Thử lại",
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
  "regen.cancel": "Hủy",
  "sealState.region": "Niêm phong kết quả",
  "sealState.none": "Kết quả chưa niêm phong.",
  "sealState.sealed": "Kết quả đã niêm phong: {by}, lúc {at}, {stage}.",
  "sealState.damaged": "Phần niêm phong trong sổ đã bị sửa: coi như đã niêm phong và có thay đổi. Mở mục Kiểm tra để xem.",
  "sealState.failed": "Không đọc được trạng thái niêm phong ({detail}).",
} as const;

export type ShellKey = keyof typeof shellVi;

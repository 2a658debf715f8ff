// The task pane's words. Vietnamese is the source table; `en` is typed as Record<UiKey, string>, so an English
// table that misses a key does not compile. The `legacy.*` strings are copied into src/taskpane/legacy/detect.js
// (an ES5 script that can import nothing); a test keeps that copy equal to these tables.
import type { Lang } from "./types";

export const vi = {
  "app.title": "Thi đua",
  "app.tabs": "Công việc",
  "tab.generate": "Tạo mẫu",
  "tab.validate": "Kiểm tra",
  "tab.rank": "Xếp hạng",
  "lang.switch": "English",
  "lang.switchLabel": "Chuyển giao diện sang tiếng Anh",
  "mode.excel": "Đang làm việc trên sổ tính mở trong Excel.",
  "mode.file": "Đang chạy ngoài Excel: làm việc trên tệp .xlsx trong máy của bạn, không gửi đi đâu.",
  "view.generate.title": "Tạo mẫu chấm điểm",
  "view.generate.intro": "Tạo sổ tính chấm điểm của khối từ bộ tiêu chí đã thống nhất và danh sách đơn vị.",
  "view.validate.title": "Kiểm tra trước khi nộp",
  "view.validate.intro": "Kiểm tra điểm đã nhập: vượt điểm chuẩn, sai bước điểm, ô còn trống, số viết dạng chữ.",
  "view.rank.title": "Xếp hạng",
  "view.rank.intro": "Xem tổng điểm, thứ hạng Nhất, Nhì, Ba, xếp loại và đề xuất khen thưởng của từng đơn vị.",
  "view.placeholder": "Phần này đang được hoàn thiện.",
  "startup.officeFailed":
    "Không tải được thư viện Office của Microsoft. Hãy kiểm tra kết nối mạng, rồi đóng và mở lại khung Thi đua.",
  "legacy.title": "Phiên bản Excel này không chạy được khung Thi đua",
  "legacy.why": "Excel này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời cũ).",
  "legacy.useBrowser":
    "Mở địa chỉ dưới đây bằng trình duyệt mới (Edge, Chrome hoặc Firefox) để tạo mẫu, kiểm tra và xếp hạng trên tệp .xlsx:",
  "legacy.useFormulas":
    "Hoặc làm việc ngay trong sổ tính: điểm, thứ hạng và đề xuất khen thưởng vẫn tự tính bằng công thức có sẵn.",
} as const;

export type UiKey = keyof typeof vi;

export const en: Record<UiKey, string> = {
  "app.title": "Thi đua",
  "app.tabs": "Tasks",
  "tab.generate": "Generate",
  "tab.validate": "Validate",
  "tab.rank": "Rank",
  "lang.switch": "Tiếng Việt",
  "lang.switchLabel": "Switch the interface to Vietnamese",
  "mode.excel": "Working on the workbook open in Excel.",
  "mode.file": "Running outside Excel: working on .xlsx files on your computer, nothing is sent anywhere.",
  "view.generate.title": "Generate the scoring workbook",
  "view.generate.intro": "Build the bloc's scoring workbook from the agreed rubric and the list of units.",
  "view.validate.title": "Check before sending",
  "view.validate.intro": "Check the entered scores: above the maximum, off the step, empty cells, numbers written as text.",
  "view.rank.title": "Ranking",
  "view.rank.intro": "See each unit's total, its place (first, second, third), classification and proposed award.",
  "view.placeholder": "This part is being finished.",
  "startup.officeFailed":
    "Microsoft's Office library could not be loaded. Check the network connection, then close and reopen the Thi đua pane.",
  "legacy.title": "This version of Excel cannot run the Thi đua pane",
  "legacy.why": "This Excel shows add-ins in an old browser (Internet Explorer or the old Edge).",
  "legacy.useBrowser":
    "Open the address below in a modern browser (Edge, Chrome or Firefox) to generate, check and rank on .xlsx files:",
  "legacy.useFormulas":
    "Or work in the workbook itself: scores, ranks and award proposals are still computed by its own formulas.",
};

export const uiText: Record<Lang, Record<UiKey, string>> = { vi, en };

export function t(lang: Lang, key: UiKey): string {
  return uiText[lang][key];
}

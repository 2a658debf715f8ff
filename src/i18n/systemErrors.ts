import type { Lang } from "./types";

/** What the file system said, in words, and what to do about it; never a bare ENOENT. */
export interface SystemErrorWords {
  readonly what: string;
  readonly todo: string;
}

const vi: Record<string, SystemErrorWords> = {
  ENOENT: { what: "không có tệp hoặc thư mục này", todo: "Kiểm tra tên tệp và thư mục (gõ đúng chữ hoa, dấu), hoặc ghi đường dẫn đầy đủ." },
  EACCES: { what: "bạn không có quyền truy cập tệp hoặc thư mục này", todo: "Xin quyền đọc/ghi, hoặc chép tệp vào một thư mục của bạn rồi làm lại." },
  EPERM: { what: "hệ thống không cho phép thao tác này", todo: "Đóng chương trình đang mở tệp (Excel…), kiểm tra quyền của thư mục rồi làm lại." },
  EISDIR: { what: "đây là một thư mục, không phải tệp", todo: "Ghi tên một tệp bên trong thư mục đó." },
  ENOTDIR: { what: "một phần của đường dẫn là tệp chứ không phải thư mục", todo: "Kiểm tra lại đường dẫn." },
  EBUSY: { what: "tệp đang bị chương trình khác giữ", todo: "Đóng tệp trong Excel hoặc chương trình khác rồi làm lại." },
  ENOSPC: { what: "ổ đĩa đã đầy", todo: "Giải phóng chỗ trống trên ổ đĩa hoặc ghi vào ổ khác." },
  EROFS: { what: "ổ đĩa này chỉ đọc", todo: "Ghi vào một thư mục khác." },
  EMFILE: { what: "máy đang mở quá nhiều tệp", todo: "Đóng bớt chương trình rồi làm lại." },
  ENAMETOOLONG: { what: "đường dẫn quá dài", todo: "Đặt tệp vào một thư mục có đường dẫn ngắn hơn." },
};

const en: Record<string, SystemErrorWords> = {
  ENOENT: { what: "there is no such file or folder", todo: "Check the file and folder names (capitals and accents too), or give the full path." },
  EACCES: { what: "you have no permission to use this file or folder", todo: "Ask for read/write permission, or copy the file into a folder of yours and try again." },
  EPERM: { what: "the system does not allow this", todo: "Close any program holding the file (Excel…), check the folder's permissions and try again." },
  EISDIR: { what: "this is a folder, not a file", todo: "Give the name of a file inside it." },
  ENOTDIR: { what: "part of the path is a file, not a folder", todo: "Check the path." },
  EBUSY: { what: "the file is held by another program", todo: "Close it in Excel or the other program and try again." },
  ENOSPC: { what: "the disk is full", todo: "Free some space or write to another disk." },
  EROFS: { what: "the disk is read-only", todo: "Write into another folder." },
  EMFILE: { what: "too many files are open", todo: "Close some programs and try again." },
  ENAMETOOLONG: { what: "the path is too long", todo: "Move the file to a folder with a shorter path." },
};

const WORDS: Record<Lang, Record<string, SystemErrorWords>> = { vi, en };

/** `code` is a Node error code (ENOENT…) or, for anything else, the error's own message (kept, in brackets). */
export function systemError(code: string, lang: Lang): SystemErrorWords {
  return (
    WORDS[lang][code] ??
    (lang === "vi"
      ? { what: `hệ thống báo lỗi (${code})`, todo: "Kiểm tra đường dẫn và quyền truy cập tệp rồi làm lại." }
      : { what: `the system reported a problem (${code})`, todo: "Check the path and the file's permissions and try again." })
  );
}
